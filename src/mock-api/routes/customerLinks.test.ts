import { describe, expect, it } from 'vitest';
import { signActionToken } from '../domain/signatures';
import { at, NOW, testApi } from '../testing/client';

const CUSTOMER = { name: 'Marty', email: 'marty@example.com' };
const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');
const sigOf = (u: string) => new URL(u).searchParams.get('signature')!;

/** A resource open all day, webhooks recorded, and a booking made by the widget with its links. */
async function setup() {
  const posted: Array<{ id: string; state: string; body: Record<string, unknown> }> = [];
  const fakeFetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    posted.push({ id: body.id, state: body.state, body });
    return new Response(null, { status: 204 });
  }) as unknown as typeof fetch;
  const t = testApi({ fetch: fakeFetch });
  const rid = await t.resource('Doc', 'Europe/Berlin');
  await t.call('POST', '/v2/webhooks', { body: { url: 'https://hooks.example/all' } });
  const book = async (start: string, end: string, customer = CUSTOMER) => {
    const res = await t.call('POST', '/v2/bookings?include=action_links', {
      key: 'widget',
      body: { graph: 'instant', resource_id: rid, start, end, customer, meta: { internal: 'VIP' } },
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.data as { id: string; action_links: Record<'cancel' | 'reschedule' | 'manage', string>; links_expire_at: string };
  };
  const free = async (start: string) => {
    const slots = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: { resources: [rid], from: at(0), to: at(72), length: '1 hour' },
    });
    return slots.body.data.some((s: { start: string }) => Date.parse(s.start) === Date.parse(start));
  };
  const snapshot = () => JSON.stringify([...t.store.bookings.values()]);
  return { t, rid, book, free, posted, snapshot };
}

describe('customer links: manage, cancel, reschedule', () => {
  it('?include=action_links yields cancel, reschedule and manage, all expiring at the start', async () => {
    const { book } = await setup();
    const made = await book(at(26), at(27));
    expect(Object.keys(made.action_links).sort()).toEqual(['cancel', 'manage', 'reschedule']);
    expect(path(made.action_links.manage)).toMatch(
      new RegExp(`^/v2/bookings/${made.id}/external_action/manage\\?signature=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`),
    );
    expect(Date.parse(made.links_expire_at)).toBe(Date.parse(at(26)));
    const claims = JSON.parse(Buffer.from(sigOf(made.action_links.manage).split('.')[1], 'base64url').toString());
    expect(claims).toEqual({ booking_id: made.id, action: 'manage', exp: Date.parse(at(26)) / 1000 });
  });

  it('the manage link reads the booking with its own customer only, no key needed', async () => {
    const { t, book } = await setup();
    const made = await book(at(26), at(27));
    await book(at(30), at(31), { name: 'Biff', email: 'biff@example.com' });
    const res = await t.call('GET', `${path(made.action_links.manage)}&include=related_bookings.customers`, { key: 'none' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: made.id,
      state: 'confirmed',
      customers: [{ name: 'Marty', email: 'marty@example.com' }],
      customer_actions: ['cancel', 'reschedule'],
      meta: {},
    });
    expect(res.body.data.action_links.manage).toBe(made.action_links.manage);
    expect(JSON.stringify(res.body)).not.toMatch(/Biff|biff|VIP|related_bookings/);
  });

  it.each([
    ['a wrong signature', (_: string, sig: string) => `${sig.slice(0, -4)}AAAA`, /not valid/],
    ['junk', () => 'a.b.c', /not valid/],
    ['none at all', () => '', /not valid/],
    [
      'a signature by another key',
      (id: string) => signActionToken('test_api_key_other', { booking_id: id, action: 'manage', exp: 2e9 }),
      /not valid/,
    ],
  ])('%s is a 403 naming the problem that changes nothing', async (_name, forge, message) => {
    const { t, book, snapshot } = await setup();
    const made = await book(at(26), at(27));
    const before = snapshot();
    for (const action of ['manage', 'cancel', 'reschedule']) {
      const sig = forge(made.id, sigOf(made.action_links.manage));
      for (const method of ['GET', 'POST']) {
        const res = await t.call(
          method,
          `/v2/bookings/${made.id}/external_action/${action}?signature=${encodeURIComponent(sig)}&start=${at(40)}&end=${at(41)}`,
          { key: 'none', body: method === 'POST' ? {} : undefined },
        );
        expect([action, method, res.status, res.body.error]).toEqual([action, method, 403, expect.stringMatching(message)]);
      }
    }
    expect(snapshot()).toBe(before);
  });

  it("another booking's signature is a 403 naming it, and changes nothing", async () => {
    const { t, book, snapshot } = await setup();
    const mine = await book(at(26), at(27));
    const theirs = await book(at(30), at(31), { name: 'Biff', email: 'biff@example.com' });
    const before = snapshot();
    for (const action of ['manage', 'cancel', 'reschedule'] as const) {
      const res = await t.call('GET', path(theirs.action_links[action]).replace(theirs.id, mine.id), { key: 'none' });
      expect([res.status, res.body.error]).toEqual([403, expect.stringMatching(/another booking/)]);
    }
    expect(snapshot()).toBe(before);
  });

  it('a cancel link can not read or reschedule; a reschedule link can not cancel', async () => {
    const { t, book, snapshot } = await setup();
    const made = await book(at(26), at(27));
    const before = snapshot();
    const cancelSig = sigOf(made.action_links.cancel);
    const read = await t.call('GET', `/v2/bookings/${made.id}/external_action/reschedule?signature=${cancelSig}`, { key: 'none' });
    expect([read.status, read.body.error]).toEqual([403, expect.stringMatching(/cancel link can not read/)]);
    const cancel = await t.call('POST', `/v2/bookings/${made.id}/external_action/cancel?signature=${sigOf(made.action_links.reschedule)}`, {
      key: 'none',
      body: {},
    });
    expect([cancel.status, cancel.body.error]).toEqual([403, expect.stringMatching(/reschedule link can not cancel/)]);
    expect(snapshot()).toBe(before);
  });

  it('every link expires when the booking starts (injected clock): 403, nothing changes', async () => {
    const { t, book, snapshot } = await setup();
    const made = await book(at(26), at(27));
    t.clock.jump(26 * 3_600_000 - 1);
    expect((await t.call('GET', path(made.action_links.manage), { key: 'none' })).status).toBe(200);
    t.clock.jump(1);
    const before = snapshot();
    for (const action of ['manage', 'cancel', 'reschedule'] as const) {
      const res = await t.call('GET', path(made.action_links[action]), { key: 'none' });
      expect([action, res.status, res.body.error]).toEqual([
        action,
        403,
        expect.stringMatching(/expired when the booking started \(2026-03-03T10:00:00.000Z\)/),
      ]);
    }
    expect(snapshot()).toBe(before);
  });

  it('a link older than a move by the owner expires at the earlier start', async () => {
    const { t, book } = await setup();
    const made = await book(at(26), at(27));
    const token = signActionToken(t.keys.appKey, { booking_id: made.id, action: 'manage', exp: (NOW + 3_600_000) / 1000 });
    t.clock.jump(3_600_000);
    const res = await t.call('GET', `/v2/bookings/${made.id}/external_action/manage?signature=${token}`, { key: 'none' });
    expect([res.status, res.body.error]).toEqual([403, expect.stringMatching(/expired/)]);
  });

  it('cancelling by the manage link fires the webhook and frees the time; a reason is kept', async () => {
    const { t, book, free, posted } = await setup();
    const made = await book(at(26), at(27));
    expect(await free(at(26))).toBe(false);
    const res = await t.call('POST', path(made.action_links.manage).replace('/manage?', '/cancel?'), {
      key: 'none',
      body: { reason: 'Sick' },
    });
    expect([res.status, res.body.data.state, res.body.data.customer_actions]).toEqual([200, 'cancelled_by_customer', []]);
    expect(t.store.bookings.get(made.id)!.meta.cancel_by_customer_message).toBe('Sick');
    await t.clock.advance(0);
    expect(posted.map((p) => [p.id, p.state])).toEqual([
      [made.id, 'confirmed'],
      [made.id, 'cancelled_by_customer'],
    ]);
    expect(await free(at(26))).toBe(true);
    const again = await t.call('POST', path(made.action_links.manage).replace('/manage?', '/cancel?'), { key: 'none', body: {} });
    expect([again.status, Object.keys(again.body.errors)]).toEqual([422, ['action']]);
  });

  it('rescheduling by the manage link fires webhooks, frees the old time, takes the new, and answers fresh links', async () => {
    const { t, book, free, posted } = await setup();
    const made = await book(at(26), at(27));
    const res = await t.call('POST', path(made.action_links.manage).replace('/manage?', '/reschedule?'), {
      key: 'none',
      body: { start: at(50), end: at(51) },
    });
    expect(res.status).toBe(201);
    const fresh = res.body.data;
    expect(fresh).toMatchObject({
      state: 'confirmed',
      meta: { rescheduled_from: made.id },
      customers: [{ name: 'Marty' }],
      customer_actions: ['cancel', 'reschedule'],
    });
    expect(path(fresh.action_links.manage)).toContain(`/v2/bookings/${fresh.id}/external_action/manage?signature=`);
    await t.clock.advance(0);
    expect(posted.map((p) => [p.id, p.state])).toEqual([
      [made.id, 'confirmed'],
      [made.id, 'rescheduled_by_customer'],
      [fresh.id, 'confirmed'],
    ]);
    expect([await free(at(26)), await free(at(50))]).toEqual([true, false]);
    // The old link now reads a finished booking that offers nothing.
    const old = await t.call('GET', path(made.action_links.manage), { key: 'none' });
    expect([old.body.data.state, old.body.data.customer_actions]).toEqual(['rescheduled_by_customer', []]);
    // Moving onto a taken time is a 422 that changes nothing.
    const other = await book(at(60), at(61));
    const clash = await t.call('POST', path(fresh.action_links.manage).replace('/manage?', '/reschedule?'), {
      key: 'none',
      body: { start: at(60), end: at(61) },
    });
    expect([clash.status, Object.keys(clash.body.errors)]).toEqual([422, ['start']]);
    expect(t.store.bookings.get(other.id)!.state).toBe('confirmed');
  });

  it('a group seat is given back by its link and the session counts it free again', async () => {
    const { t, rid } = await setup();
    const owner = await t.call('POST', '/v2/bookings', {
      body: { graph: 'group_owner', resource_id: rid, start: at(26), end: at(27), settings: { max_seats: 3 }, customer: CUSTOMER },
    });
    const seat = await t.call('POST', '/v2/bookings?include=action_links', {
      key: 'widget',
      body: { graph: 'group_customer', related: { owner_booking_id: owner.body.data.id, seats: 2 }, customer: CUSTOMER },
    });
    const seats = async () =>
      (await t.call('GET', `/v2/bookings/groups/${owner.body.data.id}`, { key: 'widget' })).body.data.attributes.group_booking
        .current_seats;
    expect(await seats()).toBe(2);
    const shown = await t.call('GET', path(seat.body.data.action_links.manage), { key: 'none' });
    expect(shown.body.data.customer_actions).toEqual(['cancel']);
    const back = await t.call('POST', path(seat.body.data.action_links.cancel), { key: 'none', body: {} });
    expect([back.status, back.body.data.state]).toEqual([200, 'cancelled_by_customer']);
    expect(await seats()).toBe(0);
  });

  it('a booking pending payment says when its hold ends, and the server times it out on the injected clock', async () => {
    const { t, rid, free } = await setup();
    const made = await t.call('POST', '/v2/bookings', {
      key: 'widget',
      body: { graph: 'instant_payment', resource_id: rid, start: at(26), end: at(27), customer: CUSTOMER },
    });
    expect(made.body.data).toMatchObject({ state: 'tentative', hold_expires_at: '2026-03-02T09:05:00+01:00' });
    expect(await free(at(26))).toBe(false);
    t.clock.jump(5 * 60_000 - 1);
    expect((await t.call('GET', `/v2/bookings/${made.body.data.id}`)).body.data.state).toBe('tentative');
    t.clock.jump(1); // no timer fires: the next request notices by itself
    const after = await t.call('GET', `/v2/bookings/${made.body.data.id}`);
    expect(after.body.data.state).toBe('unpaid');
    expect(after.body.data).not.toHaveProperty('hold_expires_at');
    expect(await free(at(26))).toBe(true);
  });
});
