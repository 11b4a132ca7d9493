import type { ApiError } from '../api/ApiError';
import type { WidgetSlot } from '../time/slots';
import { seatsLeft, type SeatRefusal } from './seats';

/**
 * Reads a refused seat booking: the backend's typed `seatRefusal` (the HTTP backend reads it from
 * the server's 422 on `related.seats`). With the session as just re-read, its count decides (it is
 * newer than the refusal). Anything else (a cancelled session, a per-booking cap, a customer field)
 * is not a seat refusal: null.
 * @example seatRefusal(toApiError(422, { errors: { 'related.seats': ['Only 2 seats left'] } }), null) // { kind: 'only', left: 2 }
 */
export function seatRefusal(error: ApiError, fresh: WidgetSlot | null | undefined): SeatRefusal | null {
  const refusal = error.seatRefusal;
  if (!refusal) return null;
  const left = fresh?.group ? seatsLeft(fresh) : refusal.kind === 'only' ? refusal.left : 0;
  return left > 0 ? { kind: 'only', left } : { kind: 'sold_out' };
}
