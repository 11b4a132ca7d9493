import { readSeatRefusal } from '../../wire/index';
import { isPlainObject } from '../config/mergeConfig';
import { ApiError, kindForStatus } from './ApiError';

/**
 * Turns an error answer (status + parsed body, contract shapes `{error}` or `{errors: {field: [..]}}`)
 * into an `ApiError`; a 422 on `related.seats` in the contract's wording becomes a typed
 * `seatRefusal` (src/wire/rules.ts). Pure. It travels in the config-check file (`config/check/`), which every
 * start loads before it shows anything, so `booking.js` does not carry it.
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
