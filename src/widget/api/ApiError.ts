import { readSeatRefusal, type SeatRefusal } from '../../wire/index';
import { isPlainObject } from '../config/mergeConfig';

/** What went wrong talking to the API, in words the UI can act on. */
export type ApiErrorKind = 'network' | 'timeout' | 'unauthorized' | 'forbidden' | 'not_found' | 'validation' | 'server';

/**
 * A failed API call: `kind` decides the message and the way on, `status` is the HTTP status (0 when
 * no answer came), `fields` the 422 field messages.
 * @example new ApiError('validation', 422, 'Slot is taken', { start: ['Slot is taken'] })
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    /** The parsed error body, for callbacks that want it (Booking.js passes the response). */
    readonly body?: unknown,
    /** A seat request the backend refused (sold out, or fewer seats left), read by the backend from its own answer. */
    readonly seatRefusal?: SeatRefusal,
  ) {
    super(message);
  }
}

/** Maps an HTTP status to an error kind. */
export function kindForStatus(status: number): ApiErrorKind {
  const kinds: Record<number, ApiErrorKind> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 408: 'timeout', 504: 'timeout' };
  return kinds[status] ?? (status >= 500 ? 'server' : 'validation');
}

/**
 * Turns an error answer (status + parsed body, contract shapes `{error}` or `{errors: {field: [..]}}`)
 * into an `ApiError`; a 422 on `related.seats` in the contract's wording becomes a typed
 * `seatRefusal` (src/wire/rules.ts). Pure.
 * @example toApiError(422, { errors: { start: ['is taken'] } }).message // 'start: is taken'
 */
export function toApiError(status: number, body: unknown): ApiError {
  const b = isPlainObject(body) ? body : {};
  const fields: Record<string, string[]> = {};
  if (isPlainObject(b.errors)) for (const [k, v] of Object.entries(b.errors)) fields[k] = [v].flat().map(String);
  const first = Object.entries(fields)[0];
  const message =
    typeof b.error === 'string'
      ? b.error
      : first
        ? `${first[0]}: ${first[1].join(', ')}`
        : typeof b.message === 'string'
          ? b.message
          : `HTTP ${status}`;
  // A 422 that only says some id "does not exist" (a resource, project, calendar) is the site's setup, not a refused booking.
  const missing =
    status === 422 &&
    first &&
    Object.values(fields)
      .flat()
      .every((m) => /does not exist/i.test(m));
  const seats = status === 422 ? readSeatRefusal(fields['related.seats']) : null;
  return new ApiError(missing ? 'not_found' : kindForStatus(status), status, message, fields, body, seats ?? undefined);
}

/** Was this rejection caused by our own abort (a newer request replaced it)? Such errors are ignored. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
