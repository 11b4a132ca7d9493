import { FakeClock } from '../domain/clock';
import { createMockApi, type MockApiOptions } from '../index';

/** Monday 2026-03-02 08:00 UTC: the fixed "now" of the route tests. */
export const NOW = Date.parse('2026-03-02T08:00:00Z');

/** The answer of one in-process call. */
export interface Answer {
  status: number;
  // Tests read into arbitrary JSON; `any` stays inside the tests, never at a boundary.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

/** Basic auth header value for a key. */
export const basic = (key: string): string => `Basic ${Buffer.from(`:${key}`).toString('base64')}`;

/**
 * A mock API on a fake clock with a `call()` helper that goes through `app.request()` (no port).
 * @example
 * const t = testApi();
 * const res = await t.call('POST', '/v2/resources', { body: { name: 'A', timezone: 'UTC' } });
 */
export function testApi(o: MockApiOptions = {}) {
  const clock = new FakeClock(NOW);
  const api = createMockApi({ seed: 'empty', clock, ...o });
  const call = async (
    method: string,
    path: string,
    opts: { body?: unknown; key?: 'app' | 'widget' | 'none' | string; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const key = opts.key ?? 'app';
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const token = key === 'app' ? api.keys.appKey : key === 'widget' ? api.keys.widgetKey : key === 'none' ? null : key;
    if (token) headers.authorization = basic(token);
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await api.app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  /** Creates a resource and returns its id. */
  const resource = async (name = 'Ada', timezone = 'Europe/Berlin', extra: Record<string, unknown> = {}): Promise<string> => {
    const res = await call('POST', '/v2/resources', { body: { name, timezone, ...extra } });
    if (res.status !== 201) throw new Error(`resource: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.id;
  };
  return { ...api, clock, call, resource };
}

/** ISO of NOW + hours, UTC. */
export const at = (hours: number): string => new Date(NOW + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
