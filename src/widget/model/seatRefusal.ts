import type { ApiError } from '../api/ApiError';
import type { WidgetSlot } from '../time/slots';
import { seatsLeft, type SeatRefusal } from './seats';

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
