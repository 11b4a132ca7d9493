import { describe, expect, it } from 'vitest';
import { FakeClock } from '../domain/clock';
import { fingerprint, IdempotencyCache } from './idempotency';

describe('IdempotencyCache', () => {
  it('replays per caller and key, refuses another body, forgets after 24 hours', () => {
    const clock = new FakeClock(0);
    const cache = new IdempotencyCache(clock);
    const print = fingerprint({ b: 1, a: { y: 2, x: 1 } });
    expect(print).toBe(fingerprint({ a: { x: 1, y: 2 }, b: 1 }));
    cache.remember('widget', 'k', print, 201, { data: { id: 'b1' } });
    expect(cache.replay('widget', 'k', print)).toEqual({ status: 201, body: { data: { id: 'b1' } } });
    expect(cache.replay('app', 'k', print)).toBeNull();
    expect(() => cache.replay('widget', 'k', fingerprint({ b: 2 }))).toThrow(/another request body/);
    clock.advance(24 * 3_600_000);
    expect(cache.replay('widget', 'k', print)).toBeNull();
  });

  it('keeps at most 10,000 keys, dropping the oldest', () => {
    const cache = new IdempotencyCache(new FakeClock(0));
    for (let i = 0; i <= 10_000; i++) cache.remember('w', `k${i}`, 'p', 201, { i });
    expect(cache.replay('w', 'k0', 'p')).toBeNull();
    expect(cache.replay('w', 'k1', 'p')).toEqual({ status: 201, body: { i: 1 } });
    expect(cache.replay('w', 'k10000', 'p')).toEqual({ status: 201, body: { i: 10_000 } });
  });

  it('keeps at most 32 MB of answers, dropping the oldest', () => {
    const cache = new IdempotencyCache(new FakeClock(0));
    const big = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 40; i++) cache.remember('w', `k${i}`, 'p', 201, { big });
    expect(cache.replay('w', 'k0', 'p')).toBeNull();
    expect(cache.replay('w', 'k39', 'p')).not.toBeNull();
  });
});
