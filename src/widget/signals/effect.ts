import { batch, begin, changed, enqueue, run, type Source, type Target } from './graph';

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
    if (!this._queued && !this._disposed) enqueue(this);
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
    const out = batch(() => run(this, this._fn!));
    if (typeof out === 'function') this._cleanup = out as () => void;
  }

  /** Starts tracking reads into this effect until the returned function is called. */
  track(): () => void {
    this._ran = true;
    return begin(this);
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
