import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { testApi } from '../testing/client';

const seat = (owner: string, seats?: number, graph = 'group_customer') => ({
  graph,
  customer: { name: 'Seat', email: 'seat@example.com' },
  related: seats === undefined ? { owner_booking_id: owner } : { owner_booking_id: owner, seats },
});

describe('group bookings over HTTP', () => {
  it('the demo seeds six webinar sessions: one at 17/20, one sold out, plus three paid workshops', async () => {
    const t = testApi({ seed: 'demo' });
    const webinar = await t.call('GET', `/v2/bookings/groups?search=project.id:${DEMO.projects.webinar}`, { key: 'widget' });
    expect(webinar.body.total).toBe(6);
    expect(
      webinar.body.data.map((g: { attributes: { group_booking: { current_seats: number } } }) => g.attributes.group_booking.current_seats),
    ).toEqual([17, 20, 0, 0, 0, 0]);
    expect(webinar.body.data[0]).toMatchObject({
      state: 'tentative',
      graph: 'group_owner',
      completed: false,
      resource: { id: DEMO.resources.docBrown, name: 'Doc Brown' },
      attributes: {
        event_info: { what: 'Flux capacitance webinar', where: 'Online', start: expect.stringMatching(/T10:00:00-0[78]:00$/) },
        group_booking: { max_seats: 20 },
      },
    });
    const paid = await t.call('GET', `/v2/bookings/groups?search=project.id:${DEMO.projects.paidWebinar}`, { key: 'widget' });
    expect(
      paid.body.data.map((g: { attributes: { group_booking: { max_seats: number } } }) => g.attributes.group_booking.max_seats),
    ).toEqual([8, 8, 8]);
    const soldOut = webinar.body.data[1].id;
    const refused = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(soldOut) });
    expect(refused.body).toEqual({ errors: { 'related.seats': ['This session is sold out'] } });
    const nearly = webinar.body.data[0].id;
    const tooMany = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(nearly, 4) });
    expect(tooMany.body).toEqual({ errors: { 'related.seats': ['Only 3 seats left'] } });
    // The project caps one booking at 5 seats.
    const capped = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(webinar.body.data[2].id, 6) });
    expect(capped.body.errors['related.seats'][0]).toMatch(/At most 5/);
  });

  it('times follow Timekit-Timezone; a single session reads by id', async () => {
    const t = testApi({ seed: 'demo' });
    const list = await t.call('GET', '/v2/bookings/groups', { key: 'widget', headers: { 'timekit-timezone': 'Europe/Berlin' } });
    expect(list.body.data[0].attributes.event_info.start).toMatch(/T19:00:00\+01:00$/);
    const one = await t.call('GET', `/v2/bookings/groups/${list.body.data[0].id}`, {
      key: 'widget',
      headers: { 'timekit-timezone': 'Asia/Kolkata' },
    });
    expect(one.body.data.attributes.event_info.start).toMatch(/T23:30:00\+05:30$/);
    expect((await t.call('GET', '/v2/bookings/groups/nope', { key: 'widget' })).status).toBe(404);
  });

  it('owner with seats: counting, includes, cascade on cancel, refused after', async () => {
    const t = testApi();
    const rid = await t.resource();
    const owner = await t.call('POST', '/v2/bookings', {
      body: {
        graph: 'group_owner',
        resource_id: rid,
        start: '2026-03-04T10:00:00Z',
        end: '2026-03-04T12:00:00Z',
        what: 'Class',
        where: 'Hall',
        description: '',
        settings: { max_seats: 4 },
      },
    });
    expect(owner.status).toBe(201);
    const oid = owner.body.data.id;
    expect(owner.body.data.attributes.group_booking).toEqual({ max_seats: 4, current_seats: 0 });
    const a = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(oid, 2) });
    expect(a.body.data).toMatchObject({
      state: 'confirmed',
      attributes: { event_info: { start: '2026-03-04T11:00:00+01:00', what: 'Class' } },
      related: { owner_booking_id: oid, seats: 2 },
    });
    const b = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(oid, undefined, 'group_customer_payment') });
    expect(b.body.data.state).toBe('tentative');
    const full = await t.call('GET', `/v2/bookings/${oid}?include=related_bookings.customers`);
    expect(full.body.data.attributes.group_booking.current_seats).toBe(3);
    expect(full.body.data.related_bookings).toHaveLength(2);
    expect(full.body.data.related_bookings[0].customers[0].email).toBe('seat@example.com');
    const bare = await t.call('GET', `/v2/bookings/${oid}?include=related_bookings`);
    expect(bare.body.data.related_bookings[0].customers).toEqual([]);
    // The unpaid seat times out after five minutes and frees its seat.
    await t.clock.advance(5 * 60_000);
    expect((await t.call('GET', `/v2/bookings/${b.body.data.id}`)).body.data.state).toBe('unpaid');
    expect((await t.call('GET', `/v2/bookings/groups/${oid}`)).body.data.attributes.group_booking.current_seats).toBe(2);
    const cancel = await t.call('PUT', `/v2/bookings/${oid}/cancel`);
    expect(cancel.body.data.state).toBe('cancelled');
    expect((await t.call('GET', `/v2/bookings/${a.body.data.id}`)).body.data.state).toBe('cancelled_by_owner');
    const late = await t.call('POST', '/v2/bookings', { key: 'widget', body: seat(oid) });
    expect(late.body.errors['related.owner_booking_id'][0]).toMatch(/cancelled/);
  });
});
