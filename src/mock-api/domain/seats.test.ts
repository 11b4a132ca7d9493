import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { H, T0, makeCore } from './fixture';
import { takesSeats } from './graphs';
import { currentSeats } from './seats';

type Op =
  | { kind: 'seat'; graph: 'group_customer' | 'group_customer_payment'; seats: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'pay'; pick: number }
  | { kind: 'wait'; minutes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('seat' as const),
    graph: fc.constantFrom('group_customer' as const, 'group_customer_payment' as const),
    seats: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 0, max: 7 }) }),
);

describe('seat accounting', () => {
  it('any interleaving keeps current_seats ≤ max_seats and equal to the seats in seat-taking states', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.array(op, { maxLength: 40 }), async (maxSeats, ops) => {
        const core = makeCore();
        core.addResource('r1');
        const owner = core.bookings.create({
          graph: 'group_owner',
          resource_id: 'r1',
          start: T0 + 24 * H,
          end: T0 + 25 * H,
          max_seats: maxSeats,
        });
        const seatIds: string[] = [];
        for (const o of ops) {
          try {
            if (o.kind === 'seat') {
              const before = currentSeats(core.store, owner.id);
              try {
                seatIds.push(
                  core.bookings.create({ graph: o.graph, owner_booking_id: owner.id, seats: o.seats, customer: core.customer }).id,
                );
              } catch (e) {
                // Refused only when it would really overbook.
                expect(e).toBeInstanceOf(DomainError);
                expect(before + o.seats).toBeGreaterThan(maxSeats);
              }
            } else if (o.kind === 'wait') {
              await core.clock.advance(o.minutes * 60_000);
            } else if (seatIds.length) {
              const id = seatIds[o.pick % seatIds.length];
              const action =
                o.kind === 'pay'
                  ? 'pay'
                  : core.store.bookings.get(id)!.graph === 'group_customer' || core.store.bookings.get(id)!.state === 'paid'
                    ? 'cancel_by_customer'
                    : 'cancel_by_owner';
              core.bookings.act(id, action);
            }
          } catch (e) {
            if (!(e instanceof DomainError)) throw e; // an action refused in the current state is fine
          }
          const taken = currentSeats(core.store, owner.id);
          const sum = [...core.store.bookings.values()]
            .filter((b) => b.owner_booking_id === owner.id && takesSeats(b.graph, b.state))
            .reduce((n, b) => n + b.seats, 0);
          expect(taken).toBeLessThanOrEqual(maxSeats);
          expect(taken).toBe(sum);
        }
      }),
      { numRuns: 150 },
    );
  });
});
