import { describe, expect, it, vi } from 'vitest';
import { ApiError, kindForStatus } from '../ApiError';
import { toApiError } from '../toApiError';
import { apiUrl, createHttpBackend } from './createHttpBackend';

function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(body === undefined ? '' : JSON.stringify(body), { status, headers }),
  );
}

describe('apiUrl', () => {
  it.each([
    ['https://api.timekit.io/', 'availability', 'https://api.timekit.io/v2/availability'],
    ['http://127.0.0.1:8787', '/bookings', 'http://127.0.0.1:8787/v2/bookings'],
    ['http://x//', 'a', 'http://x/v2/a'],
    ['http://x.test/v2/', 'availability', 'http://x.test/v2/availability'],
    ['http://x.test/api/v2', '/bookings', 'http://x.test/api/v2/bookings'],
  ])('%s + %s', (base, path, url) => expect(apiUrl(base, path)).toBe(url));
});

describe('toApiError', () => {
  it.each([
    [401, { error: 'Unknown key' }, 'unauthorized', 'Unknown key'],
    [403, { error: 'Forbidden' }, 'forbidden', 'Forbidden'],
    [404, { error: 'Project does not exist' }, 'not_found', 'Project does not exist'],
    [422, { errors: { start: ['is taken', 'again'] } }, 'validation', 'start: is taken, again'],
    [422, { errors: { resources: ['Resource r9 does not exist'] } }, 'not_found', 'resources: Resource r9 does not exist'],
    [
      422,
      { errors: { resource_id: ['Resource r9 does not exist'], start: ['is taken'] } },
      'validation',
      'resource_id: Resource r9 does not exist',
    ],
    [500, undefined, 'server', 'HTTP 500'],
    [503, { message: 'down' }, 'server', 'down'],
    [504, {}, 'timeout', 'HTTP 504'],
  ])('%i %j', (status, body, kind, message) => {
    const e = toApiError(status, body);
    expect([e.kind, e.status, e.message]).toEqual([kind, status, message]);
  });
  it('keeps field messages', () => expect(toApiError(422, { errors: { email: 'bad' } }).fields).toEqual({ email: ['bad'] }));
  it('maps 400 to validation', () => expect(kindForStatus(400)).toBe('validation'));
  it.each([
    [{ 'related.seats': ['Only 2 seats left'] }, { kind: 'only', left: 2 }],
    [{ 'related.seats': ['This session is sold out'] }, { kind: 'sold_out' }],
    [{ 'related.seats': ['At most 5 seats per booking'] }, undefined],
    [{ 'related.owner_booking_id': ['This session is cancelled; no seats can be booked'] }, undefined],
    [{ start: ['Only 2 seats left'] }, undefined],
  ])('reads a seat refusal from %j as a typed field', (errors, refusal) =>
    expect(toApiError(422, { errors }).seatRefusal).toEqual(refusal),
  );
  it('reads no seat refusal from another status', () =>
    expect(toApiError(409, { errors: { 'related.seats': ['Only 2 seats left'] } }).seatRefusal).toBeUndefined());
});

describe('createHttpBackend', () => {
  it('sends Basic auth with the key, Timekit-Context and JSON, and unwraps data', async () => {
    const fetch = fakeFetch(200, { data: [{ start: 'a' }] }, { 'Timekit-TestMode': 'true' });
    const backend = createHttpBackend({ baseUrl: 'http://api/', appKey: 'test_widget_key_demo', timeoutMs: 1000, fetch });
    const res = await backend.getAvailability({ resources: ['r'] });
    expect(res.data).toEqual([{ start: 'a' }]);
    expect(res.headers['timekit-testmode']).toBe('true');
    expect(res.testMode).toBe(true);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://api/v2/availability');
    expect(init!.method).toBe('POST');
    expect(init!.headers).toMatchObject({
      Authorization: 'Basic ' + btoa(':test_widget_key_demo'),
      'Timekit-Context': 'widget',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(String(init!.body))).toEqual({ resources: ['r'] });
  });

  it.each([
    [
      'project by id',
      (b: ReturnType<typeof createHttpBackend>) => b.getProject({ id: 'p 1' }),
      'GET',
      'http://api/v2/projects/embed/p%201',
    ],
    [
      'project by slug',
      (b: ReturnType<typeof createHttpBackend>) => b.getProject({ slug: 'doc' }),
      'GET',
      'http://api/v2/projects/hosted/doc',
    ],
    [
      'group sessions',
      (b: ReturnType<typeof createHttpBackend>) => b.getGroupSessions({ projectId: 'p1', timeZone: 'Europe/Berlin' }),
      'GET',
      'http://api/v2/bookings/groups?search=project.id%3Ap1',
    ],
    [
      'booking with include',
      (b: ReturnType<typeof createHttpBackend>) => b.createBooking({ graph: 'instant' }, ['attributes', 'event']),
      'POST',
      'http://api/v2/bookings?include=attributes,event',
    ],
    [
      'reschedule',
      (b: ReturnType<typeof createHttpBackend>) => b.rescheduleBooking('b1', { start: 's', end: 'e' }, []),
      'POST',
      'http://api/v2/bookings/b1/reschedule',
    ],
  ])('%s', async (_n, call, method, url) => {
    const fetch = fakeFetch(200, { data: {} });
    await call(createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch }));
    expect(fetch.mock.calls[0][0]).toBe(url);
    expect(fetch.mock.calls[0][1]!.method).toBe(method);
  });

  it('answers testMode false without the Timekit-TestMode header', async () => {
    const res = await createHttpBackend({
      baseUrl: 'http://api',
      appKey: 'k',
      timeoutMs: 1000,
      fetch: fakeFetch(200, { data: [] }),
    }).getAvailability({});
    expect(res.testMode).toBe(false);
  });
  it('sends Timekit-Timezone for group sessions', async () => {
    const fetch = fakeFetch(200, { data: [] });
    await createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch }).getGroupSessions({ timeZone: 'Asia/Tokyo' });
    expect(fetch.mock.calls[0][1]!.headers).toMatchObject({ 'Timekit-Timezone': 'Asia/Tokyo' });
  });

  it('sends Idempotency-Key with a booking when given, and no such header otherwise', async () => {
    const fetch = fakeFetch(201, { data: {} });
    const backend = createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch });
    await backend.createBooking({ graph: 'instant' }, [], undefined, 'key-1');
    await backend.createBooking({ graph: 'instant' }, []);
    expect(fetch.mock.calls[0][1]!.headers).toMatchObject({ 'Idempotency-Key': 'key-1' });
    expect(Object.keys(fetch.mock.calls[1][1]!.headers as object)).not.toContain('Idempotency-Key');
  });

  it('does not send Idempotency-Key to Timekit itself, which does not document it (its CORS might refuse it)', async () => {
    const fetch = fakeFetch(201, { data: {} });
    await createHttpBackend({ baseUrl: 'https://api.timekit.io/', appKey: 'k', timeoutMs: 1000, fetch }).createBooking(
      { graph: 'instant' },
      [],
      undefined,
      'key-1',
    );
    expect(Object.keys(fetch.mock.calls[0][1]!.headers as object)).not.toContain('Idempotency-Key');
  });

  it('turns an error answer into a typed ApiError', async () => {
    const backend = createHttpBackend({
      baseUrl: 'http://api',
      appKey: 'bad',
      timeoutMs: 1000,
      fetch: fakeFetch(401, { error: 'Unauthorized' }),
    });
    await expect(backend.getAvailability({})).rejects.toMatchObject({ kind: 'unauthorized', status: 401, message: 'Unauthorized' });
  });

  it.each([
    ['not JSON', 'Internal error'],
    ['empty', ''],
  ])('rejects a successful answer whose body is %s with kind server', async (_n, text) => {
    const fetch = vi.fn(async () => new Response(text, { status: 200 }));
    const backend = createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch });
    await expect(backend.getAvailability({})).rejects.toMatchObject({ kind: 'server', status: 200, message: 'The answer was not JSON' });
  });

  it('turns a failed fetch into kind network', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const backend = createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch });
    await expect(backend.getAvailability({})).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('times out with kind timeout', async () => {
    const fetch = vi.fn(
      (_u: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const backend = createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 20, fetch });
    const err = await backend.getAvailability({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ kind: 'timeout' });
  });

  it('rethrows the AbortError when the caller aborted (a newer request replaced it)', async () => {
    const fetch = vi.fn(
      (_u: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const ctrl = new AbortController();
    const p = createHttpBackend({ baseUrl: 'http://api', appKey: 'k', timeoutMs: 1000, fetch }).getAvailability({}, ctrl.signal);
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
