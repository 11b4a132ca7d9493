import { describe, expect, it } from 'vitest';
import { testApi } from '../testing/client';

const CUSTOMER = { name: 'Marty', email: 'marty@example.com', timezone: 'Europe/Berlin' };

async function setup() {
  const t = testApi();
  const rid = await t.resource('Doc', 'Europe/Berlin');
  const book = (body: Record<string, unknown>, query = '') =>
    t.call('POST', `/v2/bookings${query}`, {
      body: {
        graph: 'instant',
        resource_id: rid,
        start: '2026-03-03T10:00:00+01:00',
        end: '2026-03-03T11:00:00+01:00',
        customer: CUSTOMER,
        what: 'Talk',
        where: 'Here',
        description: '',
        ...body,
      },
    });
  return { t, rid, book };
}

describe('POST /bookings', () => {
  it('creates from the body Booking.js v3 sends, with its include list', async () => {
    const { t, rid } = await setup();
    const res = await t.call('POST', '/v2/bookings?include=attributes,event,user', {
      key: 'widget',
      headers: { 'timekit-context': 'widget' },
      body: {
        start: '2026-11-21T11:00:00+01:00',
        end: '2026-11-21T12:00:00+01:00',
        description: 'Name: Marty\nEmail: marty@example.com\n',
        customer: { name: 'Marty', email: 'marty@example.com', timezone: 'Europe/Berlin' },
        where: 'TBD',
        what: 'Meeting with Marty',
        resource_id: rid,
        graph: 'instant',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      graph: 'instant',
      state: 'confirmed',
      completed: false,
      possible_actions: ['cancel', 'cancel_by_customer', 'complete', 'reschedule_by_customer'],
      available_actions: ['cancel', 'cancel_by_customer', 'complete', 'reschedule_by_customer'],
      attributes: {
        event_info: {
          start: '2026-11-21T11:00:00+01:00',
          end: '2026-11-21T12:00:00+01:00',
          what: 'Meeting with Marty',
          where: 'TBD',
          calendar_id: expect.any(String),
        },
      },
      customers: [{ id: expect.any(String), name: 'Marty', email: 'marty@example.com', phone: null, timezone: 'Europe/Berlin' }],
      resource: { id: rid, name: 'Doc' },
      meta: {},
    });
    expect(res.body.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('accepts the nested event{} form and custom customer fields', async () => {
    const { t, rid } = await setup();
    const res = await t.call('POST', '/v2/bookings', {
      body: {
        graph: 'instant',
        resource_id: rid,
        customer: { ...CUSTOMER, comment: 'Bring plutonium' },
        event: { start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z', what: 'Nested', where: 'Lab', description: 'd' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.attributes.event_info).toMatchObject({ start: '2026-03-04T11:00:00+01:00', what: 'Nested', where: 'Lab' });
    expect(res.body.data.customers[0].comment).toBe('Bring plutonium');
  });

  it('refuses a taken slot with 422 and writes nothing; the app key may double book', async () => {
    const { t, book } = await setup();
    expect((await book({})).status).toBe(201);
    const before = t.store.bookings.size;
    const again = await book({});
    expect(again.status).toBe(422);
    expect(again.body.errors.start[0]).toMatch(/no longer available/);
    expect(t.store.bookings.size).toBe(before);
    expect((await book({ settings: { allow_double_bookings: true } })).status).toBe(201);
  });

  it.each([
    [{ graph: 'party' }, 'graph'],
    [{ action: 'pay' }, 'action'],
    [{ start: 'tomorrow at ten' }, 'start'],
    [{ start: '2026-03-03T10:00:00' }, 'start'],
    [{ end: '2026-03-03T09:00:00+01:00' }, 'end'],
    [{ resource_id: 'nope' }, 'resource_id'],
    [{ resource_id: 7 }, 'resource_id'],
    [{ customer: { name: 'X' } }, 'customer.email'],
    [{ customer: 'Marty' }, 'customer'],
    [{ customer: { ...CUSTOMER, timezone: 'Nowhere/Land' } }, 'customer.timezone'],
    [{ graph: 'group_owner', settings: { max_seats: 1e12 } }, 'settings.max_seats'],
    [{ graph: 'group_owner', settings: { max_seats: '20' } }, 'settings.max_seats'],
    [{ graph: 'group_owner' }, 'settings.max_seats'],
    [{ graph: 'group_customer', related: { owner_booking_id: 'nope' } }, 'related.owner_booking_id'],
    [{ graph: 'group_customer', related: { owner_booking_id: 'x', seats: 0 } }, 'related.seats'],
    [{ graph: 'group_customer', related: { owner_booking_id: 'x', seats: 1.5 } }, 'related.seats'],
    [{ settings: { allow_double_bookings: 'yes' } }, 'settings.allow_double_bookings'],
    [{ meta: [] }, 'meta'],
    [{ project_id: 'nope' }, 'project_id'],
    [{ calendar_id: 'nope' }, 'calendar_id'],
    [{ start: '2026-03-01T10:00:00Z', end: '2026-03-01T11:00:00Z' }, 'start'],
  ])('refuses %j naming %s, writing nothing', async (body, field) => {
    const { t, book } = await setup();
    const res = await book(body);
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toContain(field);
    expect(t.store.bookings.size).toBe(0);
  });
});

describe('reading bookings', () => {
  it('lists with search and pagination fields', async () => {
    const { t, book } = await setup();
    for (let d = 3; d <= 7; d++)
      await book({
        start: `2026-03-0${d}T10:00:00Z`,
        end: `2026-03-0${d}T11:00:00Z`,
        customer: { name: `C${d}`, email: `c${d}@example.com` },
        meta: { day: d },
      });
    await book({
      graph: 'confirm_decline',
      start: '2026-03-09T10:00:00Z',
      end: '2026-03-09T11:00:00Z',
      customer: { name: 'Zed', email: 'zed@other.org' },
    });
    const page = await t.call('GET', '/v2/bookings?limit=2&page=2');
    expect(page.body).toMatchObject({ total: 6, per_page: 2, current_page: 2, last_page: 3, from: 3, to: 4 });
    expect(page.body.next_page_url).toContain('page=3');
    expect(page.body.prev_page_url).toContain('page=1');
    expect(page.body.data).toHaveLength(2);
    const first = await t.call('GET', '/v2/bookings');
    expect([first.body.per_page, first.body.prev_page_url, first.body.next_page_url]).toEqual([50, null, null]);
    const find = async (q: string) => (await t.call('GET', `/v2/bookings?search=${encodeURIComponent(q)}`)).body.total;
    expect(await find('state:tentative')).toBe(1);
    expect(await find('graph:instant;customer.email:*@example.com')).toBe(5);
    expect(await find('meta.day:4')).toBe(1);
    expect(await find('customer.name:c*')).toBe(5);
    expect(await find('completed:true')).toBe(0);
    expect((await t.call('GET', '/v2/bookings?search=colour:red')).status).toBe(422);
    expect((await t.call('GET', '/v2/bookings?limit=0')).body.errors).toHaveProperty('limit');
    expect((await t.call('GET', '/v2/bookings?page=x')).body.errors).toHaveProperty('page');
    expect((await t.call('GET', '/v2/bookings?page=9')).body).toMatchObject({ data: [], from: null, to: null });
  });

  it('gets one, in the Timekit-Timezone zone', async () => {
    const { t, book } = await setup();
    const id = (await book({})).body.data.id;
    const res = await t.call('GET', `/v2/bookings/${id}`, { headers: { 'timekit-timezone': 'America/New_York' } });
    expect(res.body.data.attributes.event_info.start).toBe('2026-03-03T04:00:00-05:00');
    expect((await t.call('GET', `/v2/bookings/${id}`, { headers: { 'timekit-timezone': 'Bad/Zone' } })).status).toBe(422);
    expect((await t.call('GET', '/v2/bookings/nope')).body).toEqual({ error: 'Booking does not exist' });
  });
});

describe('changing bookings', () => {
  it('applies actions; a refused one names the allowed actions', async () => {
    const { t, book } = await setup();
    const id = (await book({ graph: 'confirm_decline' })).body.data.id;
    const wrong = await t.call('PUT', `/v2/bookings/${id}/cancel`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.action[0]).toMatch(/allowed: confirm, decline/);
    const ok = await t.call('PUT', `/v2/bookings/${id}/confirm`, { body: { confirm: { message: 'See you' } } });
    expect(ok.body.data).toMatchObject({ state: 'confirmed', meta: { confirm_message: 'See you' } });
    const paidNo = await t.call('PUT', `/v2/bookings/${id}/nonsense`);
    expect(paidNo.status).toBe(422);
  });

  it('merges meta with PUT /bookings/:id', async () => {
    const { t, book } = await setup();
    const id = (await book({ meta: { a: 1 } })).body.data.id;
    const res = await t.call('PUT', `/v2/bookings/${id}`, { body: { meta: { b: 2 } } });
    expect(res.body.data.meta).toEqual({ a: 1, b: 2 });
    expect((await t.call('PUT', `/v2/bookings/${id}`, { body: { meta: 'x' } })).status).toBe(422);
  });

  it('reschedules an instant booking to a free slot', async () => {
    const { t, book } = await setup();
    const id = (await book({})).body.data.id;
    await book({ start: '2026-03-05T10:00:00Z', end: '2026-03-05T11:00:00Z' });
    const taken = await t.call('POST', `/v2/bookings/${id}/reschedule/`, {
      key: 'widget',
      body: { start: '2026-03-05T10:30:00Z', end: '2026-03-05T11:30:00Z' },
    });
    expect(taken.status).toBe(422);
    const res = await t.call('POST', `/v2/bookings/${id}/reschedule`, {
      key: 'widget',
      body: { start: '2026-03-06T10:00:00Z', end: '2026-03-06T11:00:00Z' },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      state: 'confirmed',
      attributes: { event_info: { start: '2026-03-06T11:00:00+01:00' } },
      meta: { rescheduled_from: id },
    });
    expect((await t.call('GET', `/v2/bookings/${id}`)).body.data.state).toBe('rescheduled_by_customer');
  });

  it('bulk create and update answer per item', async () => {
    const { t, rid } = await setup();
    const item = (d: number) => ({
      graph: 'instant',
      resource_id: rid,
      start: `2026-03-0${d}T10:00:00Z`,
      end: `2026-03-0${d}T11:00:00Z`,
      customer: CUSTOMER,
    });
    const made = await t.call('POST', '/v2/bookings/bulk', { body: { bookings: [item(3), item(3), 'junk', item(4)] } });
    expect(made.status).toBe(200);
    expect(made.body.data.map((r: { status: number }) => r.status)).toEqual([201, 422, 422, 201]);
    expect(made.body.data[1].errors).toHaveProperty('start');
    const ids = [made.body.data[0].data.id, made.body.data[3].data.id];
    const upd = await t.call('PUT', '/v2/bookings/bulk', {
      body: {
        bookings: [
          { id: ids[0], action: 'cancel' },
          { id: ids[1], action: 'pay' },
          { id: 'nope', action: 'cancel' },
        ],
      },
    });
    expect(upd.body.data.map((r: { status: number }) => r.status)).toEqual([200, 422, 404]);
    expect((await t.call('POST', '/v2/bookings/bulk', { body: { bookings: 'x' } })).status).toBe(422);
  });

  it('deletes only final bookings', async () => {
    const { t, book } = await setup();
    const id = (await book({})).body.data.id;
    const refused = await t.call('DELETE', `/v2/bookings/${id}`);
    expect([refused.status, Object.keys(refused.body.errors)]).toEqual([422, ['state']]);
    await t.call('PUT', `/v2/bookings/${id}/complete`);
    expect((await t.call('DELETE', `/v2/bookings/${id}`)).status).toBe(204);
    expect((await t.call('GET', `/v2/bookings/${id}`)).status).toBe(404);
  });

  it('customer links: signed cancel and reschedule without a key; forged links refused', async () => {
    const { t, book } = await setup();
    const made = await book({}, '?include=action_links');
    const links = made.body.data.action_links as { cancel: string; reschedule: string };
    const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');
    const other = (await book({ start: '2026-03-08T10:00:00Z', end: '2026-03-08T11:00:00Z' })).body.data.id;
    expect((await t.call('GET', path(links.cancel).replace(made.body.data.id, other), { key: 'none' })).status).toBe(403);
    expect((await t.call('GET', path(links.cancel).replace(/signature=.*/, 'signature=x.y.z'), { key: 'none' })).status).toBe(403);
    const shown = await t.call('GET', path(links.reschedule), { key: 'none' });
    expect([shown.status, shown.body.data.state]).toEqual([200, 'confirmed']);
    const moved = await t.call('GET', `${path(links.reschedule)}&start=2026-03-09T10:00:00Z&end=2026-03-09T11:00:00Z`, { key: 'none' });
    expect([moved.status, moved.body.data.state]).toEqual([201, 'confirmed']);
    const cancelLink = (await t.call('GET', `/v2/bookings/${moved.body.data.id}?include=action_links`)).body.data.action_links.cancel;
    const cancelled = await t.call('GET', path(cancelLink), { key: 'none' });
    expect([cancelled.status, cancelled.body.data.state]).toEqual([200, 'cancelled_by_customer']);
  });
});
