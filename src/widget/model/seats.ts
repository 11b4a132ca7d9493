import type { ApiError } from '../api/ApiError';
import type { WidgetSlot } from '../time/slots';

/**
 * Seats still free at a group session (never negative); a one-to-one slot has one.
 * @example seatsLeft({ ...slot, group: { ...g, maxSeats: 20, takenSeats: 17 } }) // 3
 */
export function seatsLeft(slot: WidgetSlot): number {
  return slot.group ? Math.max(0, slot.group.maxSeats - slot.group.takenSeats) : 1;
}

/**
 * The most seats one booking may take: what is left, capped by `booking.max_seats_per_booking`
 * when that is a positive number.
 * @example seatLimit(slot, 5) // 3 when 3 are left, 5 when 20 are left
 */
export function seatLimit(slot: WidgetSlot, maxPerBooking?: unknown): number {
  const left = seatsLeft(slot);
  const cap = typeof maxPerBooking === 'number' && maxPerBooking >= 1 ? Math.floor(maxPerBooking) : Infinity;
  return Math.min(left, cap);
}

/**
 * A seat count within 1…limit (whole numbers; anything unreadable becomes 1).
 * @example clampSeats(7, 5) // 5
 */
export function clampSeats(n: number, limit: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.max(1, Math.min(Math.floor(n), Math.max(1, limit)));
}

/** Why a seat request was refused: the session filled up, or fewer seats are left than asked. */
export type SeatRefusal = { kind: 'sold_out' } | { kind: 'only'; left: number };

/**
 * Reads a refused seat booking (422 on `related.seats`). With the session as just re-read, its
 * count decides (it is newer than the refusal); without it, the server's message
 * ("Only 2 seats left", "This session is sold out"). Anything else (a cancelled session, a
 * per-booking cap, a customer field) is not a seat refusal: null.
 * @example seatRefusal(new ApiError('validation', 422, '…', { 'related.seats': ['Only 2 seats left'] }), null) // { kind: 'only', left: 2 }
 */
export function seatRefusal(error: ApiError, fresh: WidgetSlot | null | undefined): SeatRefusal | null {
  const messages = error.status === 422 ? error.fields['related.seats'] : undefined;
  if (!messages) return null;
  const text = messages.join(' ');
  const only = /only (\d+) seat/i.exec(text);
  if (!only && !/sold out/i.test(text)) return null;
  const left = fresh?.group ? seatsLeft(fresh) : only ? Number(only[1]) : 0;
  return left > 0 ? { kind: 'only', left } : { kind: 'sold_out' };
}
