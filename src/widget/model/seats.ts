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

/** Why a seat request was refused (the contract's rule: src/wire/rules.ts). */
export type { SeatRefusal } from '../../wire/index';
