import { changed, globalVersion, run, track, type Source, type Target } from './graph';
import { Signal, type ReadonlySignal } from './Signal';

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
