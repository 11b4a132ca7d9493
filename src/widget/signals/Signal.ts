import { effect } from './effect';
import { track, untracked, write, type Source, type Target } from './graph';

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
    write(() => {
      for (const sub of this._subs) sub._notify();
    });
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

/**
 * Makes a signal.
 * @example const name = signal('');
 */
export function signal<T>(value: T): Signal<T>;
export function signal<T = undefined>(): Signal<T | undefined>;
export function signal<T>(value?: T) {
  return new Signal(value);
}
