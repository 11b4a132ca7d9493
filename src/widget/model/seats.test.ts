import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { toApiError } from '../api/toApiError';
import type { WidgetSlot } from '../time/slots';
import { seatRefusal } from './seatRefusal';
import { clampSeats } from './groupSeats';
import { seatLimit, seatsLeft } from './seats';

const session = (max: number, taken: number): WidgetSlot => ({
  start: '2026-11-24T18:00:00Z',
  end: '2026-11-24T19:00:00Z',
  resources: [],
  group: { id: 'g', resourceId: 'r', what: 'Webinar', maxSeats: max, takenSeats: taken },
});
const oneToOne: WidgetSlot = { start: '2026-11-24T18:00:00Z', end: '2026-11-24T18:30:00Z', resources: [] };
// As the HTTP backend reads the server's answer (the typed `seatRefusal` comes from there).
const refused = (field: string, message: string) => toApiError(422, { errors: { [field]: [message] } });

describe('seat accounting', () => {
  it.each([
    [session(20, 17), 3],
    [session(20, 0), 20],
    [session(20, 20), 0],
    [session(20, 23), 0], // more taken than offered (seats added by the app key): never negative
    [oneToOne, 1],
  ])('seatsLeft %#', (slot, left) => expect(seatsLeft(slot)).toBe(left));

  it.each([
    [session(20, 17), undefined, 3],
    [session(20, 0), 5, 5],
    [session(20, 17), 5, 3],
    [session(20, 0), 2.9, 2],
    [session(20, 0), 0, 20], // 0, negative or non-numbers are no cap
    [session(20, 0), -1, 20],
    [session(20, 0), '5', 20],
    [session(20, 20), 5, 0],
  ])('seatLimit %#', (slot, cap, limit) => expect(seatLimit(slot, cap)).toBe(limit));

  it.each([
    [3, 5, 3],
    [7, 5, 5],
    [0, 5, 1],
    [-4, 5, 1],
    [2.7, 5, 2],
    [Number.NaN, 5, 1],
    [Infinity, 5, 1],
    [3, 0, 1], // nothing left: the stepper still reads 1 (the session cannot be picked anyway)
  ])('clampSeats(%s, %s) = %s', (n, limit, out) => expect(clampSeats(n, limit)).toBe(out));

  it('clampSeats always lands in 1…max(1, limit)', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 10_000 }), (n, limit) => {
        const c = clampSeats(n, limit);
        return Number.isInteger(c) && c >= 1 && c <= Math.max(1, limit);
      }),
    );
  });

  it.each([
    ['server says how many, no fresh count', refused('related.seats', 'Only 2 seats left'), null, { kind: 'only', left: 2 }],
    ['one seat', refused('related.seats', 'Only 1 seat left'), null, { kind: 'only', left: 1 }],
    ['sold out', refused('related.seats', 'This session is sold out'), null, { kind: 'sold_out' }],
    ['the fresh count wins over the message', refused('related.seats', 'Only 2 seats left'), session(20, 19), { kind: 'only', left: 1 }],
    ['the session filled meanwhile', refused('related.seats', 'Only 2 seats left'), session(20, 20), { kind: 'sold_out' }],
    ['seats freed meanwhile', refused('related.seats', 'This session is sold out'), session(20, 16), { kind: 'only', left: 4 }],
    ['a per-booking cap is not a seat shortage', refused('related.seats', 'At most 5 seats per booking'), null, null],
    [
      'a cancelled session is not a seat shortage',
      refused('related.owner_booking_id', 'This session is cancelled; no seats can be booked'),
      null,
      null,
    ],
    ['a customer field', refused('customer.email', 'is invalid'), null, null],
    ['not a 422', new ApiError('server', 500, 'boom'), null, null],
  ] as const)('seatRefusal: %s', (_name, err, fresh, out) => expect(seatRefusal(err, fresh)).toEqual(out));
});
