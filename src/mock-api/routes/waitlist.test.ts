import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { at, testApi } from '../testing/client';

const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');

/** A 2-seat session, a waitlist webhook and a booking hook recording what they receive. */
async function setup() {
  const posted: Array<{ url: string; body: string; sig: string }> = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    posted.push({ url, body: String(init.body), sig: (init.headers as Record<string, string>)['x-timekit-signature'] });
    return new Response(null, { status: 204 });
  }) as unknown as typeof fetch;
  const t = testApi({ fetch: fakeFetch });
  const rid = await t.resource('Doc', 'Europe/Berlin');
  const hook = await t.call('POST', '/v2/webhooks', { body: { url: 'https://hooks.example/waitlist', event: 'waitlist' } });
  await t.call('POST', '/v2/webhooks', { body: { url: 'https://hooks.example/bookings' } });
  const id = (
    await t.call('POST', '/v2/bookings', {
      body: { graph: 'group_owner', resource_id: rid, start: at(30), end: at(31), settings: { max_seats: 2 } },
    })
  ).body.data.id as string;
  const seat = (name: string, seats = 1) =>
    t.call('POST', '/v2/bookings?include=action_links', {
      key: 'widget',
      body: {
        graph: 'group_customer',
        related: { owner_booking_id: id, seats },
        customer: { name, email: `${name.toLowerCase()}@example.com` },
      },
    });
  const join = (body: unknown) => t.call('POST', `/v2/bookings/groups/${id}/waitlist`, { key: 'widget', body });
  const waitlistEvents = async () => {
    await t.clock.advance(0);
    return posted.filter((p) => p.url.endsWith('/waitlist')).map((p) => JSON.parse(p.body));
  };
  return { t, id, hook, seat, join, waitlistEvents, posted };
}

describe('waitlists of full group sessions (our choice)', () => {
  it('validates joiners, naming each bad field', async () => {
    const { join, seat } = await setup();
    await seat('Ann', 2);
    const bad = async (body: unknown) => {
      const res = await join(body);
      return [res.status, Object.keys(res.body.errors).sort()];
    };
    expect(await bad({})).toEqual([422, ['email', 'name']]);
    expect(await bad({ name: ' ', email: 'x@example.com' })).toEqual([422, ['name']]);
    expect(await bad({ name: 'Biff', email: 'biff' })).toEqual([422, ['email']]);
    expect(await bad({ name: 'Biff', email: 42 })).toEqual([422, ['email']]);
    expect(await bad({ name: 'x'.repeat(201), email: 'b@example.com' })).toEqual([422, ['name']]);
  });

  it('takes joiners only when sold out, answers a repeat with the same place, and lists them for the owner only', async () => {
    const { t, id, join, seat } = await setup();
    const early = await join({ name: 'Biff', email: 'biff@example.com' });
    expect(early.body).toEqual({ errors: { session: ['This session still has 2 seats left; book a seat instead'] } });
    await seat('Ann', 2);
    const first = await join({ name: 'Biff', email: 'biff@example.com' });
    expect([first.status, first.body.data]).toEqual([201, { id: expect.any(String), session_id: id, position: 1, already_joined: false }]);
    const again = await join({ name: 'Someone else', email: 'BIFF@example.com' });
    expect([again.status, again.body.data]).toEqual([200, { id: first.body.data.id, session_id: id, position: 1, already_joined: true }]);
    expect(JSON.stringify(again.body)).not.toMatch(/Biff|biff/);
    expect((await join({ name: 'Cal', email: 'cal@example.com' })).body.data.position).toBe(2);
    const list = await t.call('GET', `/v2/bookings/groups/${id}/waitlist`);
    expect(
      list.body.data.map((e: { name: string; email: string; position: number; notified_at: null }) => [
        e.position,
        e.name,
        e.email,
        e.notified_at,
      ]),
    ).toEqual([
      [1, 'Biff', 'biff@example.com', null],
      [2, 'Cal', 'cal@example.com', null],
    ]);
    expect((await t.call('GET', `/v2/bookings/groups/${id}/waitlist`, { key: 'widget' })).status).toBe(403);
    expect((await t.call('GET', '/v2/bookings/groups/nope/waitlist')).status).toBe(404);
    expect(
      (await t.call('POST', '/v2/bookings/groups/nope/waitlist', { key: 'widget', body: { name: 'A', email: 'a@example.com' } })).status,
    ).toBe(404);
  });

  it('a seat given back fires a waitlist webhook naming the first people, as many as seats freed', async () => {
    const { t, id, seat, join, waitlistEvents, posted } = await setup();
    const ann = await seat('Ann');
    const bob = await seat('Bob');
    for (const name of ['Biff', 'Cal', 'Dee']) await join({ name, email: `${name.toLowerCase()}@example.com` });
    expect(await waitlistEvents()).toEqual([]);
    await t.call('POST', path(ann.body.data.action_links.cancel), { key: 'none', body: {} });
    const [first] = await waitlistEvents();
    expect(first).toMatchObject({
      event: 'waitlist.seats_freed',
      seats_freed: 1,
      session: { id, attributes: { group_booking: { max_seats: 2, current_seats: 1 } } },
    });
    expect(first.waitlist.map((e: { name: string; position: number }) => [e.position, e.name])).toEqual([[1, 'Biff']]);
    // The next seat names the next person not yet named.
    await t.call('PUT', `/v2/bookings/${bob.body.data.id}/cancel_by_owner`);
    const events = await waitlistEvents();
    expect(events).toHaveLength(2);
    expect(events[1].waitlist.map((e: { name: string }) => e.name)).toEqual(['Cal']);
    const raw = (await t.call('GET', '/v2/webhooks')).body.data.find((h: { event?: string }) => h.event === 'waitlist');
    expect(raw).toMatchObject({ url: 'https://hooks.example/waitlist', event: 'waitlist' });
    const list = (await t.call('GET', `/v2/bookings/groups/${id}/waitlist`)).body.data;
    expect(list.map((e: { notified_at: string | null }) => e.notified_at !== null)).toEqual([true, true, false]);
    // Waitlist hooks never receive booking states: only the two events reached them.
    expect(posted.filter((p) => p.url.endsWith('/waitlist'))).toHaveLength(2);
  });

  it('an expired or released seat hold frees seats for the waitlist; booking a seat takes the person off the list', async () => {
    const { t, id, seat, join, waitlistEvents, posted } = await setup();
    await seat('Ann');
    const held = await t.call('POST', '/v2/holds', { key: 'widget', body: { owner_booking_id: id, seats: 1, duration: '1 minute' } });
    expect(held.status).toBe(201);
    await join({ name: 'Biff', email: 'biff@example.com' });
    await join({ name: 'Cal', email: 'cal@example.com' });
    await t.clock.advance(60_000); // the hold's timer runs on the injected scheduler
    const events = await waitlistEvents();
    expect(events.map((e) => e.waitlist.map((x: { name: string }) => x.name))).toEqual([['Biff']]);
    const secret = (await t.call('GET', '/v2/app')).body.data.webhook_secret;
    const delivery = posted.find((p) => p.url.endsWith('/waitlist'))!;
    expect(delivery.sig).toBe(createHmac('sha256', secret).update(delivery.body).digest('hex'));
    expect(posted.filter((p) => p.url.endsWith('/bookings')).every((p) => !JSON.parse(p.body).event)).toBe(true);
    // Biff books the freed seat and leaves the list.
    const booked = await t.call('POST', '/v2/bookings', {
      key: 'widget',
      body: { graph: 'group_customer', related: { owner_booking_id: id }, customer: { name: 'Biff', email: 'Biff@Example.com' } },
    });
    expect(booked.status).toBe(201);
    const list = (await t.call('GET', `/v2/bookings/groups/${id}/waitlist`)).body.data;
    expect(list.map((e: { name: string; position: number }) => [e.position, e.name])).toEqual([[1, 'Cal']]);
  });

  it('a cancelled session frees no seats for its waitlist and closes it', async () => {
    const { t, id, seat, join, waitlistEvents } = await setup();
    await seat('Ann', 2);
    await join({ name: 'Biff', email: 'biff@example.com' });
    await t.call('PUT', `/v2/bookings/${id}/cancel`);
    expect(await waitlistEvents()).toEqual([]);
    const late = await join({ name: 'Cal', email: 'cal@example.com' });
    expect(late.body).toEqual({ errors: { session: ['This session is cancelled; its waitlist is closed'] } });
  });
});
