import { describe, expect, it, vi } from 'vitest';
import { action, batch, computed, effect, signal, untracked } from './index';

describe('signals', () => {
  it('an effect runs at once and after each change, not after an equal write', () => {
    const count = signal(1);
    const seen: number[] = [];
    effect(() => void seen.push(count.value));
    count.value = 2;
    count.value = 2;
    count.value = 3;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('a batch runs an effect once, after it, with the last values', () => {
    const a = signal(1);
    const b = signal(1);
    const seen: number[] = [];
    effect(() => void seen.push(a.value + b.value));
    const result = batch(() => {
      a.value = 2;
      b.value = 5;
      expect(seen).toEqual([2]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual([2, 7]);
  });

  it('is glitch-free: a diamond never shows an effect a half-updated state', () => {
    const first = signal('Ada');
    const last = signal('Lovelace');
    const upper = computed(() => first.value.toUpperCase());
    const full = computed(() => `${first.value} ${last.value}`);
    const seen: string[] = [];
    effect(() => void seen.push(`${upper.value}|${full.value}`));
    first.value = 'Grace';
    expect(seen).toEqual(['ADA|Ada Lovelace', 'GRACE|Grace Lovelace']);
  });

  it('a computed is lazy, cached, and an equal result runs nothing downstream', () => {
    const n = signal(2);
    const fn = vi.fn(() => n.value % 2 === 0);
    const even = computed(fn);
    expect(fn).not.toHaveBeenCalled();
    expect(even.value).toBe(true);
    expect(even.value).toBe(true);
    expect(fn).toHaveBeenCalledTimes(1);
    const runs = vi.fn(() => even.value);
    effect(runs);
    n.value = 4;
    expect(fn).toHaveBeenCalledTimes(2);
    expect(runs).toHaveBeenCalledTimes(1);
    n.value = 5;
    expect(runs).toHaveBeenCalledTimes(2);
  });

  it('a computed nobody watches holds no subscription, yet reads fresh', () => {
    const n = signal(1);
    const double = computed(() => n.value * 2);
    expect(double.value).toBe(2);
    expect(n._subs.size).toBe(0);
    n.value = 5;
    expect(double.peek()).toBe(10);
    const stop = effect(() => void double.value);
    expect(n._subs.size).toBe(1);
    stop();
    expect(n._subs.size).toBe(0);
    n.value = 6;
    expect(double.value).toBe(12);
  });

  it('a computed that starts being watched hears writes made later in the same run', () => {
    const n = signal(1);
    const double = computed(() => n.value * 2);
    const seen: number[] = [];
    effect(() => {
      seen.push(double.value);
      if (n.peek() === 1) n.value = 2;
    });
    expect(seen).toEqual([2, 4]);
  });

  it('drops the sources a re-run no longer reads', () => {
    const useA = signal(true);
    const a = signal('a');
    const b = signal('b');
    const runs = vi.fn(() => (useA.value ? a.value : b.value));
    effect(runs);
    useA.value = false;
    expect(a._subs.size).toBe(0);
    a.value = 'A';
    expect(runs).toHaveBeenCalledTimes(2);
    b.value = 'B';
    expect(runs).toHaveBeenCalledTimes(3);
  });

  it('runs an effect’s cleanup before its next run and on dispose, and stops it', () => {
    const n = signal(0);
    const log: string[] = [];
    const stop = effect(() => {
      const v = n.value;
      log.push(`run ${v}`);
      return () => log.push(`clean ${v}`);
    });
    n.value = 1;
    stop();
    n.value = 2;
    expect(log).toEqual(['run 0', 'clean 0', 'run 1', 'clean 1']);
  });

  it('effects that write signals settle in one flush; a loop that never settles throws', () => {
    const a = signal(0);
    const b = signal(0);
    effect(() => void (b.value = a.value * 10));
    a.value = 3;
    expect(b.peek()).toBe(30);
    const c = signal(0);
    expect(() => effect(() => void (c.value = c.value + 1))).toThrow(/Cycle/);
  });

  it('a computed that throws rethrows on read until its sources change', () => {
    const n = signal(-1);
    const root = computed(() => {
      if (n.value < 0) throw new RangeError('negative');
      return Math.sqrt(n.value);
    });
    expect(() => root.value).toThrow(RangeError);
    n.value = 9;
    expect(root.value).toBe(3);
    const self = computed((): number => self.value + 1);
    expect(() => self.value).toThrow(/Cycle/);
  });

  it('untracked and action read without subscribing; action batches', () => {
    const a = signal(1);
    const b = signal(1);
    const runs = vi.fn(() => a.value + untracked(() => b.value));
    effect(runs);
    b.value = 2;
    expect(runs).toHaveBeenCalledTimes(1);
    const seen: number[] = [];
    effect(() => void seen.push(a.value * b.value));
    const both = action((x: number) => {
      a.value = x;
      b.value = x;
      return a.value;
    });
    expect(both(3)).toBe(3);
    expect(seen).toEqual([2, 9]);
  });

  it('an effect that throws on its first run is disposed, and rethrows', () => {
    const n = signal(0);
    const runs = vi.fn(() => {
      if (n.value === 0) throw new Error('boom');
    });
    expect(() => effect(runs)).toThrow('boom');
    expect(n._subs.size).toBe(0);
    n.value = 1;
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it('subscribe calls back with each value until unsubscribed', () => {
    const n = signal('x');
    const fn = vi.fn();
    const stop = n.subscribe(fn);
    n.value = 'y';
    stop();
    n.value = 'z';
    expect(fn.mock.calls).toEqual([['x'], ['y']]);
  });
});
