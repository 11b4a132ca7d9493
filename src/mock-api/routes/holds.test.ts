import { describe, expect, it } from 'vitest';
import { at, testApi } from '../testing/client';

const CUSTOMER = { name: 'Marty', email: 'marty@example.com' };
const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');

async function setup() {
  const t = testApi({ holdLimits: { perHolder: 5, total: 7 } });
  const rid = await t.resource('Doc', 'Europe/Berlin');
  /** A hold asked by a visitor of `origin` (each origin is another holder). */
  const hold = (body: Record<string, unknown>, origin = 'https://a.example') =>
    t.call('POST', '/v2/holds', { key: 'widget', body, headers: { origin } });
  const offered = async (start: string) => {
    const slots = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: { resources: [rid], from: at(0), to: at(72), length: '1 hour' },
    });
    return slots.body.data.some((s: { start: string }) => Date.parse(s.start) === Date.parse(start));
  };
  const book = (extra: Record<string, unknown> = {}, start = at(26), end = at(27)) =>
    t.call('POST', '/v2/bookings', {
      key: 'widget',
      body: { graph: 'instant', resource_id: rid, start, end, customer: CUSTOMER, ...extra },
    });
  const session = async (maxSeats: number) =>
    (
      await t.call('POST', '/v2/bookings', {
        body: { graph: 'group_owner', resource_id: rid, start: at(30), end: at(31), settings: { max_seats: maxSeats } },
      })
    ).body.data.id as string;
  const seatsTaken = async (id: string) =>
    (await t.call('GET', `/v2/bookings/groups/${id}`, { key: 'widget' })).body.data.attributes.group_booking.current_seats;
  return { t, rid, hold, offered, book, session, seatsTaken };
}

describe('holds (our choice): a time or seats kept while a visitor types', () => {
  it('holds a time: it leaves availability, others can not book it, its holder books it with hold_id', async () => {
    const { t, rid, hold, offered, book } = await setup();
    const made = await hold({ resource_id: rid, start: at(26), end: at(27), duration: '5 minutes' });
    expect(made.status).toBe(201);
    expect(made.body.data).toEqual({
      id: expect.any(String),
      kind: 'time',
      resource: { id: rid, name: 'Doc' },
      project_id: null,
      start: '2026-03-03T11:00:00+01:00',
      end: '2026-03-03T12:00:00+01:00',
      owner_booking_id: null,
      seats: 0,
      created_at: '2026-03-02T09:00:00+01:00',
      expires_at: '2026-03-02T09:05:00+01:00',
    });
    expect(await offered(at(26))).toBe(false);
    expect(await offered(at(27))).toBe(true);
    const stranger = await book();
    expect([stranger.status, Object.keys(stranger.body.errors)]).toEqual([422, ['start']]);
    const wrongHold = await book({ hold_id: made.body.data.id }, at(27), at(28));
    expect(wrongHold.body).toEqual({ errors: { hold_id: ['This hold is for another resource or time'] } });
    const mine = await book({ hold_id: made.body.data.id });
    expect([mine.status, mine.body.data.state]).toEqual([201, 'confirmed']);
    expect((await t.call('GET', `/v2/holds/${made.body.data.id}`, { key: 'widget' })).status).toBe(404);
    expect(t.store.holds.size).toBe(0);
    expect(await offered(at(26))).toBe(false); // now the booking takes it
    const reused = await book({ hold_id: made.body.data.id }, at(40), at(41));
    expect([reused.status, Object.keys(reused.body.errors)]).toEqual([422, ['hold_id']]);
  });

  it('DELETE releases a hold at once; a second DELETE is a 404', async () => {
    const { t, rid, hold, offered } = await setup();
    const made = await hold({ resource_id: rid, start: at(26), end: at(27) });
    expect(await offered(at(26))).toBe(false);
    expect((await t.call('DELETE', `/v2/holds/${made.body.data.id}`, { key: 'widget' })).status).toBe(204);
    expect(await offered(at(26))).toBe(true);
    const again = await t.call('DELETE', `/v2/holds/${made.body.data.id}`, { key: 'widget' });
    expect([again.status, again.body]).toEqual([404, { error: 'Hold does not exist' }]);
  });

  it('a hold expires on the injected clock by itself (no timer needed), and then can not be converted', async () => {
    const { t, rid, hold, offered, book } = await setup();
    const made = await hold({ resource_id: rid, start: at(26), end: at(27), duration: '2 minutes' });
    t.clock.jump(2 * 60_000 - 1);
    expect(await offered(at(26))).toBe(false);
    expect((await t.call('GET', `/v2/holds/${made.body.data.id}`, { key: 'widget' })).status).toBe(200);
    t.clock.jump(1);
    expect(await offered(at(26))).toBe(true);
    expect((await t.call('GET', `/v2/holds/${made.body.data.id}`, { key: 'widget' })).status).toBe(404);
    const late = await book({ hold_id: made.body.data.id });
    expect(late.body.errors.hold_id[0]).toMatch(/does not exist or has ended/);
  });

  it('concurrent holds on one time: exactly one wins, the others get 409 naming the conflict', async () => {
    const { t, rid, hold } = await setup();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => hold({ resource_id: rid, start: at(26), end: at(27) }, `https://v${i}.example`)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const losers = answers.filter((a) => a.status !== 201);
    expect(losers.map((a) => a.status)).toEqual(Array(11).fill(409));
    for (const l of losers)
      expect(l.body.errors.start[0]).toMatch(/^This time is held by another visitor until 2026-03-02T08:05:00.000Z; pick another slot$/);
    // An overlapping span conflicts too; a booking's time is a 409 for a hold as well.
    expect((await hold({ resource_id: rid, start: at(26.5), end: at(27.5) }, 'https://x.example')).status).toBe(409);
    await t.call('POST', '/v2/bookings', { body: { graph: 'instant', resource_id: rid, start: at(30), end: at(31), customer: CUSTOMER } });
    const taken = await hold({ resource_id: rid, start: at(30), end: at(31) }, 'https://y.example');
    expect([taken.status, taken.body.errors.start[0]]).toEqual([409, 'This time is no longer available for Doc; pick another slot']);
  });

  it('holds seats of a group session: others see them taken, the holder converts them, exactly one of racing holds wins', async () => {
    const { t, hold, session, seatsTaken } = await setup();
    const id = await session(3);
    const made = await hold({ owner_booking_id: id, seats: 2 });
    expect(made.body.data).toMatchObject({ kind: 'seats', owner_booking_id: id, seats: 2, start: '2026-03-03T15:00:00+01:00' });
    expect(await seatsTaken(id)).toBe(2);
    const seat = (seats: number, extra: Record<string, unknown> = {}) =>
      t.call('POST', '/v2/bookings', {
        key: 'widget',
        body: { graph: 'group_customer', related: { owner_booking_id: id, seats }, customer: CUSTOMER, ...extra },
      });
    expect((await seat(2)).body).toEqual({ errors: { 'related.seats': ['Only 1 seat left'] } });
    const race = await Promise.all(Array.from({ length: 6 }, (_, i) => hold({ owner_booking_id: id, seats: 1 }, `https://r${i}.example`)));
    expect(race.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(race.find((a) => a.status === 409)!.body).toEqual({ errors: { seats: ['This session is sold out'] } });
    const converted = await seat(2, { hold_id: made.body.data.id });
    expect(converted.status).toBe(201);
    expect(await seatsTaken(id)).toBe(3);
  });

  it('a session that closes ends its seat holds', async () => {
    const { t, hold, session, seatsTaken } = await setup();
    const id = await session(3);
    const made = await hold({ owner_booking_id: id, seats: 2 });
    expect(await seatsTaken(id)).toBe(2);
    await t.call('PUT', `/v2/bookings/${id}/cancel`);
    expect(await seatsTaken(id)).toBe(0);
    expect((await t.call('GET', `/v2/holds/${made.body.data.id}`, { key: 'widget' })).status).toBe(404);
  });

  it('a project sets the default duration (booking.hold); requests are capped at 30 minutes and checked', async () => {
    const { t, rid, hold } = await setup();
    const project = await t.call('POST', '/v2/projects', {
      body: { name: 'P', slug: 'p', resources: [rid], booking: { graph: 'instant', hold: '10 minutes' } },
    });
    expect(project.status).toBe(201);
    const made = await hold({ project_id: project.body.data.id, start: at(26), end: at(27) });
    expect(made.body.data).toMatchObject({
      project_id: project.body.data.id,
      resource: { id: rid },
      expires_at: '2026-03-02T09:10:00+01:00',
    });
    expect(
      (await t.call('PUT', `/v2/projects/${project.body.data.id}`, { body: { booking: { hold: '2 hours' } } })).body.errors['booking.hold'],
    ).toBeDefined();
    const bad = async (body: Record<string, unknown>) => {
      const res = await hold(body, 'https://z.example');
      return [res.status, Object.keys(res.body.errors ?? {}).sort()];
    };
    expect(await bad({ resource_id: rid, start: at(30), end: at(31), duration: '31 minutes' })).toEqual([422, ['duration']]);
    expect(await bad({ resource_id: rid, start: at(30), end: at(31), duration: '10 seconds' })).toEqual([422, ['duration']]);
    expect(await bad({ resource_id: rid, end: at(31) })).toEqual([422, ['start']]);
    expect(await bad({ start: at(30), end: at(31) })).toEqual([422, ['resource_id']]);
    expect(await bad({ resource_id: 'nope', start: at(30), end: at(31) })).toEqual([422, ['resource_id']]);
    expect(await bad({ resource_id: rid, start: at(-2), end: at(-1) })).toEqual([422, ['start']]);
    expect(await bad({ resource_id: rid, start: at(31), end: at(30) })).toEqual([422, ['end']]);
    expect(await bad({ resource_id: rid, start: at(30), end: at(60) })).toEqual([422, ['end']]);
    expect(await bad({ owner_booking_id: 'nope' })).toEqual([404, []]);
    expect(await bad({ owner_booking_id: 'x', seats: 0 })).toEqual([422, ['seats']]);
  });

  it('limits live holds per holder (in process, told apart by Origin) and per server with a 429; the app key lists holds, a widget key may not', async () => {
    const { t, rid, hold } = await setup();
    for (let i = 0; i < 5; i++) expect((await hold({ resource_id: rid, start: at(26 + i), end: at(27 + i) })).status).toBe(201);
    const sixth = await hold({ resource_id: rid, start: at(40), end: at(41) });
    expect([sixth.status, sixth.body.errors.hold[0]]).toEqual([429, expect.stringMatching(/At most 5 holds at once/)]);
    expect((await hold({ resource_id: rid, start: at(40), end: at(41) }, 'https://b.example')).status).toBe(201);
    expect((await hold({ resource_id: rid, start: at(41), end: at(42) }, 'https://c.example')).status).toBe(201);
    const full = await hold({ resource_id: rid, start: at(42), end: at(43) }, 'https://d.example');
    expect([full.status, full.body.errors.hold[0]]).toEqual([429, expect.stringMatching(/holds 7 times already/)]);
    const list = await t.call('GET', '/v2/holds');
    expect([list.status, list.body.total]).toEqual([200, 7]);
    expect(JSON.stringify(list.body)).not.toMatch(/example|holder/);
    expect((await t.call('GET', '/v2/holds', { key: 'widget' })).status).toBe(403);
    expect((await t.call('POST', '/v2/holds', { key: 'none', body: {} })).status).toBe(401);
  });

  it('a manage link reschedules onto a time its holder holds', async () => {
    const { t, rid, hold, book } = await setup();
    const made = await t.call('POST', '/v2/bookings?include=action_links', {
      key: 'widget',
      body: { graph: 'instant', resource_id: rid, start: at(26), end: at(27), customer: CUSTOMER },
    });
    const held = await hold({ resource_id: rid, start: at(50), end: at(51) });
    const link = path(made.body.data.action_links.manage).replace('/manage?', '/reschedule?');
    const moved = await t.call('POST', link, { key: 'none', body: { start: at(50), end: at(51), hold_id: held.body.data.id } });
    expect([moved.status, moved.body.data.state]).toEqual([201, 'confirmed']);
    expect(t.store.holds.size).toBe(0);
    expect((await book({}, at(26), at(27))).status).toBe(201); // the old time is free again
  });
});
