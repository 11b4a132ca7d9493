import { isPaymentGraph, type Booking } from '../../wire/index';

/**
 * How long a payment graph holds a booking in `tentative` before the server times it out to
 * `unpaid`. Timekit's graph table says "automatic after 5 min"; the mock API uses the same
 * (`PAYMENT_TIMEOUT_MS` in src/mock-api/domain/graphs.ts, and `payment.test.ts` checks they agree).
 */
export const PAYMENT_HOLD_MS = 5 * 60_000;

/** Where a booking stands with its payment: null when its graph takes no payment. */
export type PaymentStatus = 'pending' | 'paid' | 'expired' | null;

/**
 * The payment status of a booking, from its graph and state.
 * @example paymentStatus({ graph: 'group_customer_payment', state: 'tentative' }) // 'pending'
 */
export function paymentStatus(booking: Pick<Booking, 'graph' | 'state'>): PaymentStatus {
  if (!isPaymentGraph(booking.graph)) return null;
  if (booking.state === 'tentative') return 'pending';
  if (booking.state === 'unpaid') return 'expired';
  return booking.state === 'paid' || booking.state === 'completed' ? 'paid' : null;
}

/**
 * When the hold of a pending booking ends: its creation plus the hold (the clock's `now` when the
 * answer has no readable `created_at`).
 * @example holdEndsAt({ created_at: '2026-11-20T10:00:00Z' }, now) // 2026-11-20T10:05:00Z
 */
export function holdEndsAt(booking: Pick<Booking, 'created_at'>, now: Date): Date {
  const created = Date.parse(booking.created_at);
  return new Date((Number.isFinite(created) ? created : now.getTime()) + PAYMENT_HOLD_MS);
}
