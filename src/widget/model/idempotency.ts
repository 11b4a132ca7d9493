import type { ApiError } from '../api/ApiError';

/** One booking attempt: the exact request body and the `Idempotency-Key` it travels with. */
export interface BookingAttempt {
  body: string;
  key: string;
}

/**
 * A fresh idempotency key: a random UUID (v4). `crypto.randomUUID` needs a secure context, a page
 * on plain http has only `getRandomValues`.
 * @example newIdempotencyKey() // 'f3b0c1de-8a2b-4c1d-9e0f-1a2b3c4d5e6f'
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The attempt for a request `body`: the previous attempt when it is the very same request (a retry
 * after a lost answer: the server then answers the first result again), else a new key. A changed
 * body never reuses a key: the API refuses a key sent with another body (422).
 * @example attemptFor({ body: b, key: 'k1' }, b).key // 'k1'
 */
export function attemptFor(
  previous: BookingAttempt | null | undefined,
  body: string,
  mint: () => string = newIdempotencyKey,
): BookingAttempt {
  return previous?.body === body ? previous : { body, key: mint() };
}

/**
 * Statuses after which nobody knows whether the booking was made: no answer at all (0), a timeout
 * (408, 504), the same key still being worked on (409), or a gateway between us and the API (429,
 * 502, 503). A retry must send the same key; after any other answer the API has decided.
 */
const OUTCOME_UNKNOWN = new Set([0, 408, 409, 429, 502, 503, 504]);

/** Whether a failed booking call keeps its key for the retry (its outcome is unknown). */
export function keepsKey(error: ApiError): boolean {
  return OUTCOME_UNKNOWN.has(error.status);
}
