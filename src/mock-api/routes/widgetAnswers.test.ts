import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { testApi } from '../testing/client';

const CUSTOMER = { name: 'Marty', email: 'marty@example.com' };

async function setup() {
  const t = testApi();
  const rid = await t.resource('Doc', 'UTC');
  const body = { graph: 'instant', resource_id: rid, start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z', customer: CUSTOMER };
  const post = (b: unknown, key = 'widget', idem?: string) =>
    t.call('POST', '/v2/bookings', { key, body: b, headers: idem === undefined ? {} : { 'idempotency-key': idem } });
  return { t, rid, body, post };
}

describe('Idempotency-Key on POST /bookings', () => {
  it('the same key and body answer the first booking again; another body is a 422', async () => {
    const { t, body, post } = await setup();
    const first = await post(body, 'widget', 'k-1');
    expect(first.status).toBe(201);
    const again = await post({ ...body, customer: { email: CUSTOMER.email, name: CUSTOMER.name } }, 'widget', 'k-1'); // key order does not matter
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(t.store.bookings.size).toBe(1);
    const other = await post({ ...body, start: '2026-03-03T12:00:00Z', end: '2026-03-03T13:00:00Z' }, 'widget', 'k-1');
    expect(other.status).toBe(422);
    expect(Object.keys(other.body.errors)).toEqual(['Idempotency-Key']);
    expect(t.store.bookings.size).toBe(1);
  });

  it('keys belong to one caller, a refused request is not remembered, and a bad key is named', async () => {
    const { t, body, post } = await setup();
    expect((await post(body, 'widget', 'k-2')).status).toBe(201);
    expect((await post(body, 'app', 'k-2')).status).toBe(422); // the app key's k-2 is its own: the slot is taken
    const later = { ...body, start: '2026-03-03T12:00:00Z', end: '2026-03-03T13:00:00Z' };
    expect((await post({ ...later, customer: {} }, 'widget', 'k-3')).status).toBe(422);
    expect((await post(later, 'widget', 'k-3')).status).toBe(201);
    expect((await post(body, 'widget', 'x'.repeat(256))).body.errors).toHaveProperty('Idempotency-Key');
    expect(t.store.bookings.size).toBe(2);
  });

  it('is allowed by CORS', async () => {
    const { t } = await setup();
    const res = await t.app.request('/v2/bookings', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,idempotency-key',
      },
    });
    expect(res.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
  });
});

describe("widget-key answers carry no one else's data", () => {
  it('a reschedule by id answers without customers, description or metadata', async () => {
    const { t, body } = await setup();
    const made = await t.call('POST', '/v2/bookings', { body: { ...body, description: 'Name: Marty', meta: { note: 'VIP' } } });
    const moved = await t.call('POST', `/v2/bookings/${made.body.data.id}/reschedule?include=related_bookings.customers,action_links`, {
      key: 'widget',
      body: { start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z' },
    });
    expect(moved.status).toBe(201);
    expect(moved.body.data).toMatchObject({ state: 'confirmed', customers: [], meta: { rescheduled_from: made.body.data.id } });
    expect(moved.body.data.attributes.event_info).toMatchObject({ start: '2026-03-04T10:00:00Z', description: '' });
    expect(JSON.stringify(moved.body)).not.toMatch(/Marty|marty|VIP|action_links|related_bookings/);
    // The app key still sees everything.
    const full = await t.call('GET', `/v2/bookings/${moved.body.data.id}`);
    expect(full.body.data.customers[0]).toMatchObject(CUSTOMER);
  });

  it('a seat booked with the widget key lists no other seats, whatever it includes', async () => {
    const t = testApi({ seed: 'demo' });
    const groups = await t.call('GET', '/v2/bookings/groups', { key: 'widget' });
    const open = groups.body.data.find(
      (g: { attributes: { group_booking: { current_seats: number; max_seats: number } } }) =>
        g.attributes.group_booking.current_seats > 0 && g.attributes.group_booking.current_seats < g.attributes.group_booking.max_seats,
    );
    const seat = await t.call('POST', '/v2/bookings?include=related_bookings.customers,related_bookings', {
      key: 'widget',
      body: { graph: 'group_customer', related: { owner_booking_id: open.id }, customer: CUSTOMER, project_id: DEMO.projects.webinar },
    });
    expect(seat.status).toBe(201);
    expect(seat.body.data.related_bookings).toBeUndefined();
    expect(seat.body.data.customers).toEqual([expect.objectContaining(CUSTOMER)]);
  });
});
