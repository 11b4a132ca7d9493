import { describe, expect, it } from 'vitest';
import type { Slot } from '../../wire/index';
import { ApiError } from '../api/ApiError';
import { createHttpBackend } from '../api/timekit/createHttpBackend';
import { BookingModel } from './BookingModel';
import { attemptFor, keepsKey, newIdempotencyKey } from './idempotency';

describe('newIdempotencyKey', () => {
  it('is a v4 UUID made of the random bytes', () => {
    expect(newIdempotencyKey((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
  it('differs from call to call with the real random source', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('attemptFor', () => {
  const mint = () => 'new';
  it.each([
    ['no previous attempt', null, 'b', 'new'],
    ['the same request again (a retry)', { body: 'b', key: 'k1' }, 'b', 'k1'],
    ['another request (an edited field, another time)', { body: 'b', key: 'k1' }, 'b2', 'new'],
  ])('%s', (_n, prev, body, key) => expect(attemptFor(prev, body, mint)).toEqual({ body, key }));
});

describe('keepsKey', () => {
  it.each([
    [0, 'network', true],
    [0, 'timeout', true],
    [408, 'timeout', true],
    [409, 'validation', true],
    [429, 'validation', true],
    [502, 'server', true],
    [503, 'server', true],
    [504, 'timeout', true],
    [500, 'server', false],
    [400, 'validation', false],
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
    [422, 'validation', false],
  ] as const)('%i (%s) → %s', (status, kind, keeps) => expect(keepsKey(new ApiError(kind, status, 'x'))).toBe(keeps));
});

/**
 * A server behind an injected fetch with the contract's idempotency (the same key with the same
 * body answers the first result) and a taken slot's 422. `loseNext` drops the answer of the next
 * booking after the server made it, as a dropped connection does.
 */
function fakeServer(slots: Slot[]) {
  const bookings: Array<{ id: string; start: string; email: string }> = [];
  const byKey = new Map<string, { body: string; status: number; answer: unknown }>();
  const keys: Array<string | null> = [];
  const state = { loseNext: false, failNext: 0 };
  async function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = String(input);
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
    if (url.includes('/v2/availability')) return json(200, { data: slots });
    const body = String(init?.body);
    const key = new Headers(init?.headers).get('idempotency-key');
    keys.push(key);
    if (state.failNext) {
      const status = state.failNext;
      state.failNext = 0;
      return json(status, { error: 'Internal error' });
    }
    const seen = key ? byKey.get(key) : undefined;
    if (seen)
      return seen.body === body
        ? json(seen.status, seen.answer)
        : json(422, { errors: { 'Idempotency-Key': ['was used with another body'] } });
    const req = JSON.parse(body);
    let status = 201;
    let answer: unknown;
    if (bookings.some((b) => b.start === req.start))
      ((status = 422), (answer = { errors: { start: ['The slot is no longer available'] } }));
    else {
      const booking = { id: `b${bookings.length + 1}`, start: req.start, email: req.customer.email };
      bookings.push(booking);
      answer = {
        data: {
          id: booking.id,
          graph: 'instant',
          state: 'confirmed',
          attributes: { event_info: { start: req.start, end: req.end } },
          customers: [req.customer],
        },
      };
    }
    if (key) byKey.set(key, { body, status, answer });
    if (state.loseNext) {
      state.loseNext = false;
      throw new TypeError('Failed to fetch');
    }
    return json(status, answer);
  }
  return { fetch, bookings, keys, state };
}

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'Europe/Berlin' };
const SLOTS: Slot[] = [
  { start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [doc] },
  { start: '2026-11-24T15:00:00Z', end: '2026-11-24T15:30:00Z', resources: [doc] },
];

async function onForm(server: ReturnType<typeof fakeServer>) {
  const backend = createHttpBackend({ baseUrl: 'http://api/', appKey: 'k', timeoutMs: 1000, fetch: server.fetch });
  const model = new BookingModel({
    config: { app_key: 'k', resources: [doc.id] },
    backend,
    now: () => new Date('2026-11-20T08:00:00Z'),
    detectTimeZone: () => 'Europe/Berlin',
    dispatch: () => {},
  });
  await model.start();
  model.pickSlot(model.daySlots.value[0]);
  model.setValue('name', 'Marty McFly');
  model.setValue('email', 'marty@example.com');
  return model;
}

describe('booking with an idempotency key', () => {
  it('a lost answer after the server booked ends on the confirmation on retry, with one booking', async () => {
    const server = fakeServer(SLOTS);
    const model = await onForm(server);
    server.state.loseNext = true;
    await model.submit();
    expect(model.phase.value).toBe('form');
    expect(model.submitError.value).toMatchObject({ kind: 'network' });
    expect(server.bookings).toHaveLength(1);
    await model.submit(); // "Try again"
    expect(model.submitError.value).toBeNull();
    expect(model.phase.value).toBe('confirmation');
    expect(model.booking.value?.id).toBe('b1');
    expect(server.bookings).toHaveLength(1);
    expect(server.keys).toHaveLength(2);
    expect(server.keys[0]).toBeTruthy();
    expect(server.keys[1]).toBe(server.keys[0]);
  });

  it('an edited form after a lost answer is a new attempt with a new key', async () => {
    const server = fakeServer(SLOTS);
    const model = await onForm(server);
    server.state.loseNext = true;
    await model.submit();
    model.setValue('email', 'marty@hill-valley.example');
    await model.submit();
    expect(server.keys[1]).not.toBe(server.keys[0]);
  });

  it('after an answer from the API (500) the retry is a new attempt, and books', async () => {
    const server = fakeServer(SLOTS);
    const model = await onForm(server);
    server.state.failNext = 500;
    await model.submit();
    expect(model.submitError.value).toMatchObject({ kind: 'server', status: 500 });
    await model.submit();
    expect(model.phase.value).toBe('confirmation');
    expect(server.keys[1]).not.toBe(server.keys[0]);
  });

  it('a second booking ("Book another time") gets its own key', async () => {
    const server = fakeServer(SLOTS);
    const model = await onForm(server);
    await model.submit();
    expect(model.phase.value).toBe('confirmation');
    await model.bookAnother();
    model.pickSlot(model.daySlots.value[1]);
    model.setValue('name', 'Marty McFly');
    model.setValue('email', 'marty@example.com');
    await model.submit();
    expect(model.booking.value?.id).toBe('b2');
    expect(server.keys).toHaveLength(2);
    expect(new Set(server.keys).size).toBe(2);
  });
});
