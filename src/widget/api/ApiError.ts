import type { SeatRefusal } from '../../wire/index';

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

/** Was this rejection caused by our own abort (a newer request replaced it)? Such errors are ignored. */
export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
