import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signLink } from '../domain/customerLinks';
import { DEMO } from '../index';
import { NOW, testApi } from '../testing/client';
import { LIST_PATHS, storeProblems } from '../testing/invariants';

type Api = ReturnType<typeof testApi>;

/** Every route of the API, with `:id` filled from the store at run time (or garbage). */
const ROUTES: Array<[string, string]> = [
  ['GET', '/v2/app'],
  ['POST', '/v2/app/invite'],
  ['GET', '/v2/resources'],
  ['POST', '/v2/resources'],
  ['GET', '/v2/resources/:resource'],
  ['PUT', '/v2/resources/:resource'],
  ['DELETE', '/v2/resources/:resource'],
  ['GET', '/v2/calendars'],
  ['POST', '/v2/calendars'],
  ['GET', '/v2/calendars/:calendar'],
  ['PUT', '/v2/calendars/:calendar'],
  ['DELETE', '/v2/calendars/:calendar'],
  ['GET', '/v2/credentials'],
  ['POST', '/v2/credentials'],
  ['DELETE', '/v2/credentials/:any'],
  ['GET', '/v2/projects'],
  ['POST', '/v2/projects'],
  ['GET', '/v2/projects/:project'],
  ['PUT', '/v2/projects/:project'],
  ['DELETE', '/v2/projects/:project'],
  ['GET', '/v2/projects/embed/:project'],
  ['GET', '/v2/projects/hosted/doc-brown'],
  ['POST', '/v2/availability'],
  ['GET', '/v2/bookings'],
  ['POST', '/v2/bookings'],
  ['POST', '/v2/bookings/bulk'],
  ['PUT', '/v2/bookings/bulk'],
  ['GET', '/v2/bookings/groups'],
  ['GET', '/v2/bookings/groups/:booking'],
  ['GET', '/v2/bookings/:booking'],
  ['PUT', '/v2/bookings/:booking'],
  ['DELETE', '/v2/bookings/:booking'],
  ['PUT', '/v2/bookings/:booking/:action'],
  ['POST', '/v2/bookings/:booking/reschedule'],
  ['GET', '/v2/bookings/:booking/external_action/cancel'],
  ['POST', '/v2/bookings/:booking/external_action/reschedule'],
  ['GET', '/v2/bookings/:booking/external_action/manage'],
  ['POST', '/v2/bookings/:booking/external_action/cancel'],
  ['GET', '/v2/holds'],
  ['POST', '/v2/holds'],
  ['GET', '/v2/holds/:hold'],
  ['DELETE', '/v2/holds/:hold'],
  ['POST', '/v2/bookings/groups/:booking/waitlist'],
  ['GET', '/v2/bookings/groups/:booking/waitlist'],
  ['POST', '/v2/webhooks'],
  ['GET', '/v2/webhooks'],
  ['GET', '/v2/webhooks/:any/deliveries'],
  ['DELETE', '/v2/webhooks/:any'],
];

const ODD_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'a.b', ''];
const ODD_IDS = ['x', '%00', '..', 'constructor', '__proto__', '%E0%A4%A', 'a'.repeat(300)];
const ACTIONS = ['cancel', 'confirm', 'decline', 'pay', 'complete', 'timeout', 'cancel_by_customer', ...ODD_KEYS.filter(Boolean)];
const at = (h: number) => new Date(NOW + h * 3_600_000).toISOString();

/** JSON nested `depth` deep around `leaf`. */
const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nest(depth - 1, leaf) });

/** A value for one field: anything JSON, odd keys, deep nesting, long strings. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...ODD_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.tuple(fc.integer({ min: 10, max: 40 }), fc.jsonValue({ maxDepth: 1 })).map(([d, leaf]) => nest(d, leaf)),
  fc.integer({ min: 1, max: 30_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(
    'now',
    '2 days',
    '30 minutes',
    '9999999 months',
    '400000 weeks',
    at(25),
    at(-3),
    'Europe/Berlin',
    'instant',
    'group_customer',
    DEMO.resources.docBrown,
    DEMO.projects.webinar,
  ),
);

/** A plausible body of each kind, with some fields replaced by anything. */
const TEMPLATES: Array<Record<string, unknown>> = [
  { graph: 'instant', resource_id: DEMO.resources.docBrown, start: at(26), end: at(27), customer: { name: 'A', email: 'a@b.c' } },
  { graph: 'group_customer', related: { owner_booking_id: ':booking', seats: 2 }, customer: { name: 'A', email: 'a@b.c' } },
  {
    resources: [DEMO.resources.docBrown],
    length: '1 hour',
    from: 'now',
    to: '3 days',
    constraints: [{ allow_hours: { start: 9, end: 17 } }],
  },
  { name: 'R', timezone: 'UTC', meta: {}, availability_constraints: [] },
  { name: 'P', resources: [DEMO.resources.docBrown], ui: {}, availability: { length: '1 hour' }, customer_fields: {} },
  {
    bookings: [
      { id: ':booking', action: 'cancel' },
      { graph: 'instant', resource_id: DEMO.resources.marty, start: at(50), end: at(51), customer: { name: 'B', email: 'b@c.d' } },
    ],
  },
  {
    start: at(30),
    end: at(31),
    meta: { x: 1 },
    url: 'https://example.com/hook',
    type: 'client-token',
    resource_id: DEMO.resources.docBrown,
  },
  { resource_id: DEMO.resources.docBrown, start: at(35), end: at(36), duration: '5 minutes', hold_id: ':hold', event: 'waitlist' },
  { owner_booking_id: ':booking', seats: 2, duration: '30 minutes', name: 'Biff', email: 'biff@example.com' },
  {
    graph: 'instant',
    resource_id: DEMO.resources.docBrown,
    start: at(35),
    end: at(36),
    customer: { name: 'A', email: 'a@b.c' },
    hold_id: ':hold',
  },
];
const body = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...TEMPLATES),
      fc.dictionary(
        fc.constantFrom(
          'start',
          'end',
          'customer',
          'meta',
          'ui',
          'resources',
          'constraints',
          'graph',
          'related',
          'settings',
          'output_timezone',
          'bookings',
          'hold_id',
          'duration',
          'seats',
          'owner_booking_id',
          'email',
          'reason',
          ...ODD_KEYS,
        ),
        anyValue,
        { maxKeys: 3 },
      ),
    )
    .map(([template, patch]) => ({ ...template, ...patch })),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(undefined),
);

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  key: fc.constantFrom('app', 'widget', 'none'),
  pick: fc.nat(),
  odd: fc.boolean(),
  action: fc.constantFrom(...ACTIONS),
  body,
  query: fc.option(
    fc.constantFrom(
      '?include=related_bookings.customers,action_links',
      '?search=state:confirmed',
      '?limit=0',
      '?page=2&limit=1',
      '?search=meta.x:*',
      `?signature=a.b.c`,
      '?start=now&end=1%20hour',
      ':signature',
    ),
  ),
  zone: fc.option(fc.constantFrom('Europe/Berlin', 'Mars/Olympus', '', 'x'.repeat(9000))),
  idem: fc.option(fc.constantFrom('k1', 'k2', ' ')),
  // A field nested thousands deep, as issue 14 sent: past what JSON.stringify could ever write back.
  deep: fc.option(fc.constantFrom('customer', 'meta', 'ui', 'constraints', 'output_timezone'), { freq: 4 }),
});
type Req = typeof request extends fc.Arbitrary<infer R> ? R : never;

/** The request's path with its `:params` replaced by ids from the store (or, when `odd`, garbage). */
function pathOf(t: Api, r: Req): string {
  const ids = (table: 'resources' | 'calendars' | 'projects' | 'bookings' | 'holds') => [...t.store[table].keys()];
  return r.route[1].replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'action') return r.action;
    const pool = r.odd || name === 'any' ? ODD_IDS : ids(`${name}s` as 'resources');
    return encodeURIComponent(pool[r.pick % Math.max(1, pool.length)] ?? 'x').replace(/%25/g, '%');
  });
}

const isErrorShape = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (typeof (body as { error?: unknown }).error === 'string' ||
    Object.values((body as { errors?: object }).errors ?? { x: 0 }).every(
      (m) => Array.isArray(m) && m.every((s) => typeof s === 'string'),
    ));

describe('fuzzing every route (fast-check)', () => {
  it('never a 5xx, always the contract error shape, and the store stays sound and readable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 12 }), async (requests) => {
        const t = testApi({ seed: 'demo' });
        for (const r of requests) {
          const headers: Record<string, string> = {};
          if (r.zone !== null) headers['timekit-timezone'] = r.zone;
          if (r.idem !== null) headers['idempotency-key'] = r.idem;
          const method = r.route[0];
          const bare = pathOf(t, r);
          const linked = [...t.store.bookings.values()].find((x) => bare.startsWith(`/v2/bookings/${x.id}/external_action`));
          // A real manage signature of the path's booking, so the links get past their check too.
          const query =
            r.query === ':signature' ? (linked ? `?signature=${signLink(t.keys.appKey, linked, 'manage')}` : '?signature=x') : r.query;
          const path = bare + (query ?? '');
          const holdIds = [...t.store.holds.keys()];
          const b =
            method === 'GET' || method === 'DELETE'
              ? undefined
              : JSON.parse(
                  JSON.stringify(r.body ?? null)
                    .replace(/":booking"/g, JSON.stringify([...t.store.bookings.keys()][r.pick % t.store.bookings.size]))
                    .replace(/":hold"/g, JSON.stringify(holdIds[r.pick % Math.max(1, holdIds.length)] ?? 'gone')),
                );
          const text =
            r.deep && b && typeof b === 'object' && !Array.isArray(b)
              ? `${JSON.stringify(b).slice(0, -1)}${Object.keys(b).length ? ',' : ''}"${r.deep}":${'['.repeat(6000)}${']'.repeat(6000)}}`
              : (b ?? undefined);
          const res = await t.call(method, path, { key: r.key, body: text, headers });
          expect([method, path, res.status < 500]).toEqual([method, path, true]);
          if (res.status >= 400) expect([method, path, res.body, isErrorShape(res.body)]).toEqual([method, path, res.body, true]);
          if (res.status === 429 || res.status === 500) throw new Error('unreachable');
        }
        expect(storeProblems(t.store)).toEqual([]);
        for (const path of LIST_PATHS) expect([path, (await t.call('GET', `${path}?limit=1000`)).status]).toEqual([path, 200]);
        for (const id of t.store.bookings.keys()) expect((await t.call('GET', `/v2/bookings/${id}`)).status).toBe(200);
        for (const id of t.store.projects.keys())
          expect((await t.call('GET', `/v2/projects/embed/${id}`, { key: 'widget' })).status).toBe(200);
        const current = await t.call('GET', '/v2/bookings/groups?limit=1000', { key: 'widget' });
        for (const g of current.body.data) {
          const live = t.store
            .seatBookings(g.id)
            .filter((s) => s.state === 'confirmed' || s.state === 'tentative' || s.state === 'paid')
            .reduce((n, s) => n + s.seats, 0);
          const held = [...t.store.holds.values()].filter((h) => h.owner_booking_id === g.id).reduce((n, h) => n + h.seats, 0);
          expect(g.attributes.group_booking.current_seats).toBe(live + held);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
