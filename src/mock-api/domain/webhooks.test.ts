import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock';
import { hmacHex } from './signatures';
import { Store } from './store';
import type { StoredBooking } from './types';
import { WebhookDispatcher, webhookMatches } from './webhooks';

const T0 = Date.parse('2026-03-02T08:00:00Z');

function setup(responses: Array<number | Error>) {
  const clock = new FakeClock(T0);
  const store = new Store({ id: 'app', slug: 'app', name: 'App', test_mode: true, webhook_secret: 'whsec_test', invites: [] });
  const calls: Array<{ url: string; body: string; signature: string; at: number }> = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    calls.push({
      url,
      body: String(init.body),
      signature: (init.headers as Record<string, string>)['x-timekit-signature'],
      at: clock.now(),
    });
    const next = responses.shift() ?? 200;
    if (next instanceof Error) throw next;
    return new Response(null, { status: next });
  }) as unknown as typeof fetch;
  const dispatcher = new WebhookDispatcher({
    store,
    clock,
    scheduler: clock,
    fetch: fakeFetch,
    render: (b) => ({ id: b.id, state: b.state }),
  });
  store.webhooks.set('w1', { id: 'w1', url: 'http://hooks.test/a', graph: null, state: 'confirmed', method: 'post', created_at: T0 });
  return { clock, store, calls, dispatcher };
}

const booking = { id: 'b1', graph: 'instant', state: 'confirmed' } as StoredBooking;

describe('webhooks', () => {
  it('matches on graph and state, null meaning any', () => {
    const hook = { id: 'w', url: 'u', graph: null, state: null, method: 'post' as const, created_at: 0 };
    expect(webhookMatches(hook, booking)).toBe(true);
    expect(webhookMatches({ ...hook, graph: 'group_owner' }, booking)).toBe(false);
    expect(webhookMatches({ ...hook, graph: 'instant', state: 'confirmed' }, booking)).toBe(true);
    expect(webhookMatches({ ...hook, state: 'cancelled' }, booking)).toBe(false);
  });

  it('posts the bare booking signed with hex HMAC-SHA256 of the raw body', async () => {
    const { calls, dispatcher, store } = setup([200]);
    await dispatcher.notify(booking);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0].body)).toEqual({ id: 'b1', state: 'confirmed' });
    expect(calls[0].signature).toBe(hmacHex('whsec_test', calls[0].body));
    expect(store.deliveries).toMatchObject([{ webhook_id: 'w1', booking_id: 'b1', attempt: 1, ok: true, status: 200 }]);
  });

  it('retries failures with doubling backoff on the injected clock, recording every attempt', async () => {
    const { clock, calls, dispatcher, store } = setup([500, new Error('connection refused'), 503, 200]);
    await dispatcher.notify(booking);
    expect(calls).toHaveLength(1);
    await clock.advance(999);
    expect(calls).toHaveLength(1);
    await clock.advance(1);
    expect(calls).toHaveLength(2);
    await clock.advance(2_000);
    expect(calls).toHaveLength(3);
    await clock.advance(4_000);
    expect(calls.map((c) => c.at - T0)).toEqual([0, 1_000, 3_000, 7_000]);
    expect(store.deliveries.map((d) => [d.attempt, d.ok, d.status, d.error])).toEqual([
      [1, false, 500, 'HTTP 500'],
      [2, false, null, 'connection refused'],
      [3, false, 503, 'HTTP 503'],
      [4, true, 200, null],
    ]);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
    await clock.advance(60_000);
    expect(calls).toHaveLength(4);
  });

  it('gives up after five attempts', async () => {
    const { clock, calls, dispatcher } = setup(Array(10).fill(500));
    await dispatcher.notify(booking);
    await clock.advance(120_000);
    expect(calls).toHaveLength(5);
    expect(clock.pendingTimers).toBe(0);
  });
});
