import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeProblems } from '../testing/invariants';
import { at, testApi } from '../testing/client';

type Op =
  | { kind: 'holdTime'; span: number; who: number; minutes: number }
  | { kind: 'holdSeats'; seats: number; who: number; minutes: number }
  | { kind: 'book'; span: number; hold: number | null }
  | { kind: 'seat'; seats: number; hold: number | null }
  | { kind: 'release'; pick: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'wait'; seconds: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('holdTime' as const), span: fc.nat(5), who: fc.nat(7), minutes: fc.integer({ min: 1, max: 30 }) }),
  fc.record({
    kind: fc.constant('holdSeats' as const),
    seats: fc.integer({ min: 1, max: 3 }),
    who: fc.nat(7),
    minutes: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ kind: fc.constant('book' as const), span: fc.nat(5), hold: fc.option(fc.nat()) }),
  fc.record({ kind: fc.constant('seat' as const), seats: fc.integer({ min: 1, max: 3 }), hold: fc.option(fc.nat()) }),
  fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wait' as const), seconds: fc.integer({ min: 0, max: 20 * 60 }) }),
);

/** Six overlapping one-hour spans, half an hour apart, tomorrow. */
const span = (i: number) => ({ start: at(26 + i / 2), end: at(27 + i / 2) });

describe('holds under any sequence of holds, bookings, releases, cancels and waiting (fast-check)', () => {
  it('a time can be held exactly when availability offers it; nothing overlaps; seats taken plus held never pass the session', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const t = testApi({ holdLimits: { perHolder: 5, total: 1000 } });
        const rid = await t.resource('Doc', 'Europe/Berlin');
        const owner = (
          await t.call('POST', '/v2/bookings', {
            body: { graph: 'group_owner', resource_id: rid, start: at(40), end: at(41), settings: { max_seats: 4 } },
          })
        ).body.data.id;
        const holds: string[] = [];
        const seats: string[] = [];
        const offered = async (i: number) => {
          const res = await t.call('POST', '/v2/availability', {
            key: 'widget',
            body: { resources: [rid], from: at(24), to: at(32), length: '1 hour', timeslot_increments: '30 minutes' },
          });
          return res.body.data.some((x: { start: string }) => Date.parse(x.start) === Date.parse(span(i).start));
        };
        for (const o of ops) {
          const origin = { origin: `https://v${'who' in o ? o.who : 0}.example` };
          if (o.kind === 'holdTime') {
            const free = await offered(o.span);
            const res = await t.call('POST', '/v2/holds', {
              key: 'widget',
              headers: origin,
              body: { resource_id: rid, ...span(o.span), duration: `${o.minutes} minutes` },
            });
            const mine = [...t.store.holds.values()].filter((h) => h.holder.endsWith(origin.origin)).length;
            if (res.status === 201) holds.push(res.body.data.id);
            else if (res.status !== 429) expect([free, res.status]).toEqual([false, 409]);
            if (res.status !== 429) expect(res.status === 201).toBe(free);
            else expect(mine).toBe(5);
          } else if (o.kind === 'holdSeats') {
            const res = await t.call('POST', '/v2/holds', {
              key: 'widget',
              headers: origin,
              body: { owner_booking_id: owner, seats: o.seats, duration: `${o.minutes} minutes` },
            });
            if (res.status === 201) holds.push(res.body.data.id);
            else expect([409, 429]).toContain(res.status);
          } else if (o.kind === 'book' || o.kind === 'seat') {
            const hold_id = o.hold === null || !holds.length ? undefined : holds[o.hold % holds.length];
            const body =
              o.kind === 'book'
                ? { graph: 'instant', resource_id: rid, ...span(o.span), customer: { name: 'A', email: 'a@example.com' }, hold_id }
                : {
                    graph: 'group_customer',
                    related: { owner_booking_id: owner, seats: o.seats },
                    customer: { name: 'A', email: 'a@example.com' },
                    hold_id,
                  };
            const res = await t.call('POST', '/v2/bookings', { key: 'widget', body });
            expect([201, 422]).toContain(res.status);
            if (res.status === 201 && o.kind === 'seat') seats.push(res.body.data.id);
            if (res.status === 201 && hold_id) expect(t.store.holds.has(hold_id)).toBe(false);
          } else if (o.kind === 'release' && holds.length) {
            const res = await t.call('DELETE', `/v2/holds/${holds[o.pick % holds.length]}`, { key: 'widget' });
            expect([204, 404]).toContain(res.status);
          } else if (o.kind === 'cancel' && seats.length) {
            await t.call('PUT', `/v2/bookings/${seats[o.pick % seats.length]}/cancel_by_customer`);
          } else if (o.kind === 'wait') {
            t.clock.jump(o.seconds * 1000);
          }
          await t.call('GET', '/v2/holds'); // any read ends what has expired
          expect(storeProblems(t.store)).toEqual([]);
          for (const h of t.store.holds.values()) expect(h.expires_at).toBeGreaterThan(t.clock.now());
          const group = (await t.call('GET', `/v2/bookings/groups/${owner}`, { key: 'widget' })).body.data.attributes.group_booking;
          const held = [...t.store.holds.values()].reduce((n, h) => n + h.seats, 0);
          const booked = t.store
            .seatBookings(owner)
            .filter((b) => b.state === 'confirmed')
            .reduce((n, b) => n + b.seats, 0);
          expect(group.current_seats).toBe(held + booked);
          expect(group.current_seats).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
