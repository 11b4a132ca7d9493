import { seatRefusalMessage } from '../../wire';
import { invalidField } from './errors';
import { takesSeats } from './graphs';
import type { Store } from './store';
import type { StoredBooking } from './types';

/**
 * Seats taken at a group owner: the sum of `seats` of its seat bookings in seat-taking states, plus
 * the seats of its live holds (but those whose id is in `except`: the holder's own).
 */
export function currentSeats(store: Store, ownerId: string, except: ReadonlySet<string> = new Set()): number {
  let taken = 0;
  for (const seat of store.seatBookings(ownerId)) {
    if (takesSeats(seat.graph, seat.state)) taken += seat.seats;
  }
  for (const h of store.holds.values()) if (h.owner_booking_id === ownerId && !except.has(h.id)) taken += h.seats;
  return taken;
}

/**
 * Throws a 422-style error when `seats` more seats can not be taken at `owner`: the owner is not
 * open (cancelled, completed), the request passes the project's per-booking cap, or too few are left.
 */
export function assertSeatsAvailable(
  store: Store,
  owner: StoredBooking,
  seats: number,
  maxPerBooking: number | null,
  except: ReadonlySet<string> = new Set(),
): void {
  if (owner.graph !== 'group_owner') {
    throw invalidField('related.owner_booking_id', `Booking ${owner.id} is not a group_owner booking`);
  }
  if (owner.state !== 'tentative') {
    throw invalidField('related.owner_booking_id', `This session is ${owner.state}; no seats can be booked`);
  }
  if (maxPerBooking !== null && seats > maxPerBooking) {
    throw invalidField('related.seats', `At most ${maxPerBooking} seats per booking`);
  }
  const left = (owner.max_seats ?? 0) - currentSeats(store, owner.id, except);
  // The wording is the contract's (src/wire/rules.ts): the widget reads it back as a typed refusal.
  if (left <= 0) throw invalidField('related.seats', seatRefusalMessage({ kind: 'sold_out' }));
  if (seats > left) throw invalidField('related.seats', seatRefusalMessage({ kind: 'only', left }));
}
