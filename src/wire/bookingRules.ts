/**
 * Rules of a booking that the widget (client) and the mock API (server) both apply, written once:
 * which graphs take a payment, when a booking waits for the owner, what an e-mail address looks
 * like. The widget needs them only after a time was picked: they travel with its steps file.
 */
import type { Booking, Graph } from './index';

/** The graphs that hold a booking `tentative` until it is paid (and time out to `unpaid`). */
export const PAYMENT_GRAPHS: readonly Graph[] = ['instant_payment', 'group_customer_payment'];

/**
 * True for graphs that take a payment while the booking is held `tentative`.
 * @example isPaymentGraph('instant_payment') // true
 */
export const isPaymentGraph = (graph: unknown): boolean => PAYMENT_GRAPHS.includes(graph as Graph);

/**
 * True while a `confirm_decline` booking waits for the owner's answer.
 * @example awaitsConfirmation({ graph: 'confirm_decline', state: 'tentative' }) // true
 */
export const awaitsConfirmation = (booking: Pick<Booking, 'graph' | 'state'>): boolean =>
  booking.graph === 'confirm_decline' && booking.state === 'tentative';

/**
 * The one e-mail check: something, an @, a domain with a dot; no spaces.
 * @example isEmail('marty@example.com') // true
 */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
