/**
 * The widget's reactive state: `signal`, `computed`, `effect`, `batch`, `untracked` and `action`,
 * with the semantics of @preact/signals-core that the models rely on, in about a fifth of its size
 * (the first screen's script has a 20 KB budget; see "Reactive state" in the widget's README).
 *
 * - A write bumps the signal's version and notifies its subscribers: computeds mark themselves
 *   dirty and pass the news on; effects queue. Queued effects run when the outermost batch ends.
 * - Reading is lazy and glitch-free: a computed recomputes only when read, and only if one of its
 *   sources' versions moved since it last ran; an equal result keeps its version, so nothing
 *   downstream runs. An effect re-runs only if a source's version really moved.
 * - Only watched nodes are subscribed: a computed nobody depends on holds no subscription (so a
 *   widget's computeds never stay reachable from a longer-lived signal), and checks the global
 *   version on read instead.
 */

/** A node that can be read and tracked: a signal or a computed. */
interface Source {
  _version: number;
  _refresh(): void;
  _watch(sub: Target): void;
  _unwatch(sub: Target): void;
}

/** A node that depends on sources: a computed or an effect. */
interface Target {
  _deps: Map<Source, number>;
  _notify(): void;
  /** Whether the target is itself watched, so its reads should subscribe. */
  _live(): boolean;
}

let context: Target | undefined;
let batchDepth = 0;
let queue: Effect[] = [];
/** Bumped by every write: an unwatched computed that saw this version is still valid. */
let globalVersion = 0;

function track(source: Source) {
  const c = context;
  if (!c) return;
  if (!c._deps.has(source) && c._live()) source._watch(c);
  c._deps.set(source, source._version);
}

/** Whether any of the target's sources has moved since the target last ran. */
function changed(target: Target) {
  for (const [source, version] of target._deps) {
    source._refresh();
    if (source._version !== version) return true;
  }
  return false;
}

/**
 * Runs `fn` with `target` tracking what it reads; afterwards drops the subscriptions to the
 * sources it no longer read.
 */
function run<T>(target: Target, fn: () => T): T {
  const prev = context;
  const old = target._deps;
  target._deps = new Map();
  context = target;
  try {
    return fn();
  } finally {
    context = prev;
    for (const source of old.keys()) if (!target._deps.has(source)) source._unwatch(target);
  }
}

function endBatch() {
  if (batchDepth > 1) {
    batchDepth--;
    return;
  }
  let error: unknown;
  let failed = false;
  // Effects that write signals queue more; a loop that never settles is a cycle.
  for (let i = 0; i < queue.length; i++) {
    if (i > 1e5) {
      for (const e of queue) e._queued = false;
      queue = [];
      batchDepth = 0;
      throw new Error('Cycle detected');
    }
    try {
      queue[i]._run();
    } catch (err) {
      if (!failed) ((failed = true), (error = err));
    }
  }
  queue = [];
  batchDepth = 0;
  if (failed) throw error;
}

/**
 * A value that notifies what read it when it changes (by `===`).
 * @example const count = signal(0); count.value++;
 */
export class Signal<T = unknown> implements Source {
  /** @internal */ _value: T;
  /** @internal */ _version = 0;
  /** @internal */ _subs = new Set<Target>();

  constructor(value: T) {
    this._value = value;
  }

  get value(): T {
    track(this);
    return this._value;
  }

  set value(next: T) {
    if (next === this._value) return;
    this._value = next;
    this._version++;
    globalVersion++;
    batchDepth++;
    try {
      for (const sub of this._subs) sub._notify();
    } finally {
      endBatch();
    }
  }

  /** The value, without subscribing the caller. */
  peek(): T {
    return this._value;
  }

  /** Calls `fn` with the value now and after each change; returns the unsubscribe. */
  subscribe(fn: (value: T) => void): () => void {
    return effect(() => {
      const value = this.value;
      untracked(() => fn(value));
    });
  }

  /** @internal */ _refresh() {}
  /** @internal */ _watch(sub: Target) {
    this._subs.add(sub);
  }
  /** @internal */ _unwatch(sub: Target) {
    this._subs.delete(sub);
  }
}

/** A signal that can only be read. */
export interface ReadonlySignal<T = unknown> {
  readonly value: T;
  peek(): T;
  subscribe(fn: (value: T) => void): () => void;
}

class Computed<T> extends Signal<T> implements Target {
  /** @internal */ _deps = new Map<Source, number>();
  private _fn: () => T;
  private _dirty = true;
  private _seen = -1;
  private _running = false;
  private _error: { err: unknown } | undefined;

  constructor(fn: () => T) {
    super(undefined as T);
    this._fn = fn;
  }

  override get value(): T {
    this._refresh();
    track(this);
    if (this._error) throw this._error.err;
    return this._value;
  }

  override set value(_: T) {
    throw new Error('A computed cannot be written');
  }

  override peek(): T {
    this._refresh();
    if (this._error) throw this._error.err;
    return this._value;
  }

  /** @internal */ _live() {
    return this._subs.size > 0;
  }

  /** @internal */ _notify() {
    if (this._dirty) return;
    this._dirty = true;
    for (const sub of this._subs) sub._notify();
  }

  /** @internal */ override _refresh() {
    if (this._running) throw new Error('Cycle detected');
    // Watched and not notified, or unwatched and nothing written since: still valid.
    if (this._live() ? !this._dirty : this._seen === globalVersion) return;
    this._dirty = false;
    this._seen = globalVersion;
    if (this._version && !changed(this)) return;
    this._running = true;
    try {
      const value = run(this, this._fn);
      if (this._error || value !== this._value || !this._version) {
        this._value = value;
        this._error = undefined;
        this._version++;
      }
    } catch (err) {
      this._error = { err };
      this._version++;
    } finally {
      this._running = false;
    }
  }

  /** @internal */ override _watch(sub: Target) {
    if (!this._subs.size) {
      // Unwatched, it was told of nothing: bring it up to date, then listen from now on.
      this._refresh();
      this._dirty = false;
      for (const source of this._deps.keys()) source._watch(this);
    }
    this._subs.add(sub);
  }

  /** @internal */ override _unwatch(sub: Target) {
    if (!this._subs.delete(sub) || this._subs.size) return;
    for (const source of this._deps.keys()) source._unwatch(this);
    this._seen = -1;
  }
}

/**
 * A value derived from signals, recomputed lazily when they change.
 * @example const double = computed(() => count.value * 2);
 */
export function computed<T>(fn: () => T): ReadonlySignal<T> {
  return new Computed(fn);
}

/** A reaction to signals: runs at once, then again after each batch that changed what it read. */
export class Effect implements Target {
  /** @internal */ _deps = new Map<Source, number>();
  /** @internal */ _queued = false;
  private _ran = false;
  private _disposed = false;
  private _cleanup: (() => void) | undefined;

  /** `fn` runs tracked; without it the effect is tracked from outside (`track`, the components). */
  constructor(private _fn?: () => unknown) {}

  /** @internal */ _live() {
    return !this._disposed;
  }

  /** @internal */ _notify() {
    if (this._queued || this._disposed) return;
    this._queued = true;
    queue.push(this);
  }

  /** @internal */ _run() {
    this._queued = false;
    if (this._disposed || (this._ran && !changed(this))) return;
    this._ran = true;
    this.react();
  }

  /** What a change does: by default, run the function again. */
  protected react() {
    this._cleanup?.();
    this._cleanup = undefined;
    batchDepth++;
    try {
      const out = run(this, this._fn!);
      if (typeof out === 'function') this._cleanup = out as () => void;
    } finally {
      endBatch();
    }
  }

  /** Starts tracking reads into this effect until the returned function is called. */
  track(): () => void {
    const prev = context;
    const old = this._deps;
    this._deps = new Map();
    this._ran = true;
    context = this;
    return () => {
      context = prev;
      for (const source of old.keys()) if (!this._deps.has(source)) source._unwatch(this);
    };
  }

  /** Stops the effect: runs its cleanup and drops its subscriptions. */
  dispose() {
    if (this._disposed) return;
    this._disposed = true;
    this._cleanup?.();
    for (const source of this._deps.keys()) source._unwatch(this);
    this._deps.clear();
  }
}

/**
 * Runs `fn` now and whenever what it read changes; `fn` may return a cleanup. Returns the dispose.
 * @example const stop = effect(() => console.log(count.value));
 */
export function effect(fn: () => unknown): () => void {
  const e = new Effect(fn);
  try {
    e._run();
  } catch (err) {
    // An effect that fails at once is not left half subscribed.
    e.dispose();
    throw err;
  }
  return () => e.dispose();
}

/**
 * Makes a signal.
 * @example const name = signal('');
 */
export function signal<T>(value: T): Signal<T>;
export function signal<T = undefined>(): Signal<T | undefined>;
export function signal<T>(value?: T) {
  return new Signal(value);
}

/**
 * Runs `fn` with effects held until it returns, so several writes notify once.
 * @example batch(() => { a.value = 1; b.value = 2; });
 */
export function batch<T>(fn: () => T): T {
  batchDepth++;
  try {
    return fn();
  } finally {
    endBatch();
  }
}

/**
 * Runs `fn` without subscribing the caller to what it reads.
 * @example untracked(() => count.value);
 */
export function untracked<T>(fn: () => T): T {
  const prev = context;
  context = undefined;
  try {
    return fn();
  } finally {
    context = prev;
  }
}

/**
 * Wraps `fn` to run batched and untracked: a model's action.
 * @example const reset = action(() => (count.value = 0));
 */
export function action<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return function (this: unknown, ...args: A) {
    return batch(() => untracked(() => fn.apply(this, args)));
  };
}
