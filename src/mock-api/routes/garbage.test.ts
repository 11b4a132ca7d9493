import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { testApi } from '../testing/client';

const ID = DEMO.resources.docBrown;
const ROUTES: Array<[string, string]> = [
  ['GET', '/v2/app'],
  ['POST', '/v2/app/invite'],
  ['GET', '/v2/resources'],
  ['POST', '/v2/resources'],
  ['GET', `/v2/resources/${ID}`],
  ['PUT', `/v2/resources/${ID}`],
  ['GET', '/v2/calendars'],
  ['POST', '/v2/calendars'],
  ['PUT', '/v2/calendars/x'],
  ['GET', '/v2/credentials'],
  ['POST', '/v2/credentials'],
  ['GET', '/v2/projects'],
  ['POST', '/v2/projects'],
  ['PUT', `/v2/projects/${DEMO.projects.oneToOne}`],
  ['GET', `/v2/projects/embed/${DEMO.projects.oneToOne}`],
  ['GET', '/v2/projects/hosted/doc-brown'],
  ['POST', '/v2/availability'],
  ['GET', '/v2/bookings'],
  ['POST', '/v2/bookings'],
  ['POST', '/v2/bookings/bulk'],
  ['PUT', '/v2/bookings/bulk'],
  ['GET', '/v2/bookings/groups'],
  ['GET', '/v2/bookings/x'],
  ['PUT', '/v2/bookings/x'],
  ['PUT', '/v2/bookings/x/confirm'],
  ['POST', '/v2/bookings/x/reschedule'],
  ['DELETE', '/v2/bookings/x'],
  ['GET', '/v2/bookings/x/external_action/cancel?signature=a.b.c'],
  ['POST', '/v2/webhooks'],
  ['GET', '/v2/webhooks'],
  ['POST', '/v2/bookings/x/external_action/manage?signature=a.b.c'],
  ['POST', '/v2/bookings/x/external_action/reschedule?signature=a.b.c'],
  ['POST', '/v2/holds'],
  ['GET', '/v2/holds'],
  ['GET', '/v2/holds/x'],
  ['DELETE', '/v2/holds/x'],
  ['POST', `/v2/bookings/groups/x/waitlist`],
  ['GET', '/v2/bookings/groups/x/waitlist'],
];

const BODIES = [
  '{bad',
  '[]',
  'null',
  '"text"',
  '42',
  'true',
  '{"__proto__": {"admin": true}}',
  '\u0000',
  JSON.stringify({
    name: [],
    timezone: {},
    email: 1,
    resources: { a: 1 },
    graph: ['instant'],
    start: {},
    end: [],
    customer: [],
    settings: 'x',
    related: 5,
    meta: 1,
    bookings: [null, 1, {}, { id: 1, action: {} }],
    availability: [],
    booking: 'x',
    customer_fields: { a: 1 },
    constraints: [null, 1, 'x', { allow_hours: null }, { allow_hours: { start: {}, end: [] } }],
    length: -1,
    from: 1e308,
    to: null,
    project_id: {},
    output_timezone: 5,
    mode: null,
    url: 'javascript:alert(1)',
    type: 'client-token',
    scopes: [1],
    referrer: 'x',
    slug: '../..',
    hold_id: [],
    duration: {},
    seats: '2',
    owner_booking_id: 7,
    reason: 1,
    event: 'all',
  }),
  JSON.stringify({ resources: [ID], length: '99999999 weeks', timeslot_increments: '5 minutes', to: '6 months' }),
  JSON.stringify({
    graph: 'group_owner',
    resource_id: ID,
    start: '9999-12-31T23:59:59Z',
    end: '9999-12-31T23:59:59+14:00',
    settings: { max_seats: Number.MAX_SAFE_INTEGER },
  }),
];

describe('garbage in, never a 500', () => {
  it.each(ROUTES)('%s %s', async (method, path) => {
    const t = testApi({ seed: 'demo' });
    for (const key of ['app', 'widget'] as const) {
      for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : BODIES) {
        const res = await t.call(method, path, { key, body });
        expect([method, path, key, body, res.status < 500]).toEqual([method, path, key, body, true]);
        if (res.status >= 400) expect(res.body === null || typeof res.body === 'object').toBe(true);
      }
    }
  });

  it('random JSON to the writing routes never makes a 500', async () => {
    const t = testApi({ seed: 'demo' });
    const writes = ROUTES.filter(([m]) => m === 'POST' || m === 'PUT');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.json(), async ([method, path], body) => {
        const res = await t.call(method, path, { body });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('odd query strings and headers are 4xx, not 500', async () => {
    const t = testApi({ seed: 'demo' });
    for (const q of ['?limit=-1', '?limit=1e3', '?page=0', '?search=%3A', '?search=meta.:x', '?include=%00', '?limit=99999999999']) {
      expect((await t.call('GET', `/v2/bookings${q}`)).status).toBeLessThan(500);
    }
    expect((await t.call('GET', '/v2/bookings', { headers: { 'timekit-timezone': '../../etc' } })).status).toBe(422);
    expect((await t.call('GET', '/v2/bookings/%E0%A4%A')).status).toBeLessThan(500);
  });
});
