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
export interface Source {
  _version: number;
  _refresh(): void;
  _watch(sub: Target): void;
  _unwatch(sub: Target): void;
}

/** A node that depends on sources: a computed or an effect. */
export interface Target {
  _deps: Map<Source, number>;
  _notify(): void;
  /** Whether the target is itself watched, so its reads should subscribe. */
  _live(): boolean;
}

/** An effect waiting in the queue for the batch to end. */
export interface Queued {
  _queued: boolean;
  _run(): void;
}

let context: Target | undefined;
let batchDepth = 0;
let queue: Queued[] = [];
/** Bumped by every write: an unwatched computed that saw this version is still valid. */
export let globalVersion = 0;

/** Records that the running target read `source` (subscribing it when the target is watched). */
export function track(source: Source) {
  const c = context;
  if (!c) return;
  if (!c._deps.has(source) && c._live()) source._watch(c);
  c._deps.set(source, source._version);
}

/** Whether any of the target's sources has moved since the target last ran. */
export function changed(target: Target) {
  for (const [source, version] of target._deps) {
    source._refresh();
    if (source._version !== version) return true;
  }
  return false;
}

/**
 * Starts tracking what `target` reads; the returned function ends it and drops the subscriptions
 * to the sources it no longer read.
 */
export function begin(target: Target): () => void {
  const prev = context;
  const old = target._deps;
  target._deps = new Map();
  context = target;
  return () => {
    context = prev;
    for (const source of old.keys()) if (!target._deps.has(source)) source._unwatch(target);
  };
}

/** Runs `fn` with `target` tracking what it reads. */
export function run<T>(target: Target, fn: () => T): T {
  const end = begin(target);
  try {
    return fn();
  } finally {
    end();
  }
}

/** A signal changed: `notify` tells its subscribers, and the effects they queue run after it. */
export function write(notify: () => void) {
  globalVersion++;
  batch(notify);
}

/** Queues an effect to run when the outermost batch ends. */
export function enqueue(effect: Queued) {
  effect._queued = true;
  queue.push(effect);
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
