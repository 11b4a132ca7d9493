import { blocksTime, takesSeats } from '../domain/graphs';
import type { Store } from '../domain/store';

/**
 * What must hold of a store after any requests, as messages (empty when all hold): no two
 * blocking bookings of one resource overlap unless one was made with `allow_double_bookings`;
 * no live time hold overlaps such a booking or another hold of its resource; no group session
 * has more seats taken and held than it has.
 */
export function storeProblems(store: Store): string[] {
  const problems: string[] = [];
  const blocking = [...store.bookings.values()].filter((b) => blocksTime(b.graph, b.state) && !b.allow_double_bookings);
  for (const a of blocking) {
    for (const b of blocking) {
      if (a.id < b.id && a.resource_id === b.resource_id && a.start < b.end && b.start < a.end) {
        problems.push(`bookings ${a.id} and ${b.id} overlap on resource ${a.resource_id}`);
      }
    }
  }
  const timeHolds = [...store.holds.values()].filter((h) => h.kind === 'time');
  for (const h of timeHolds) {
    const others = [...blocking, ...timeHolds.filter((o) => o.id > h.id)]; // each pair of holds once
    for (const o of others) {
      if (o.resource_id === h.resource_id && h.start < o.end && o.start < h.end)
        problems.push(`hold ${h.id} overlaps ${o.id} on resource ${h.resource_id}`);
    }
  }
  for (const owner of store.bookings.values()) {
    if (owner.graph !== 'group_owner') continue;
    const held = [...store.holds.values()].filter((h) => h.owner_booking_id === owner.id).reduce((n, h) => n + h.seats, 0);
    const live =
      held +
      store
        .seatBookings(owner.id)
        .filter((s) => takesSeats(s.graph, s.state))
        .reduce((n, s) => n + s.seats, 0);
    if (live > (owner.max_seats ?? 0)) problems.push(`session ${owner.id} holds ${live} of ${owner.max_seats} seats`);
  }
  return problems;
}

/** The lists a person or a widget reads; each must answer 200 whatever was stored. */
export const LIST_PATHS = [
  '/v2/bookings',
  '/v2/bookings/groups',
  '/v2/holds',
  '/v2/resources',
  '/v2/projects',
  '/v2/calendars',
  '/v2/credentials',
  '/v2/webhooks',
  '/v2/app',
];
