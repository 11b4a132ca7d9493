/**
 * Rules of the contract that the widget (client) and the mock API (server) both apply, written
 * once: which graphs sell seats or take a payment, when a booking waits for the owner, why a seat
 * request is refused (and how the server words it), what an e-mail address looks like.
 */
import type { Booking, Graph } from './index';

/** The graphs whose bookings are seats at a group session (`related.owner_booking_id`). */
export const GROUP_GRAPHS: readonly Graph[] = ['group_customer', 'group_customer_payment'];

/** The graphs that hold a booking `tentative` until it is paid (and time out to `unpaid`). */
export const PAYMENT_GRAPHS: readonly Graph[] = ['instant_payment', 'group_customer_payment'];

/**
 * True for the seat graphs: the widget lists group sessions, the server counts seats.
 * @example isGroupGraph('group_customer_payment') // true
 */
export const isGroupGraph = (graph: unknown): boolean => GROUP_GRAPHS.includes(graph as Graph);

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

/** Why a seat request was refused: the session filled up, or fewer seats are left than asked. */
export type SeatRefusal = { kind: 'sold_out' } | { kind: 'only'; left: number };

/**
 * The server's 422 message on `related.seats` for a refusal (the contract's wording).
 * @example seatRefusalMessage({ kind: 'only', left: 1 }) // 'Only 1 seat left'
 */
export function seatRefusalMessage(refusal: SeatRefusal): string {
  return refusal.kind === 'sold_out' ? 'This session is sold out' : `Only ${refusal.left} seat${refusal.left === 1 ? '' : 's'} left`;
}

/**
 * Reads `seatRefusalMessage`'s wording back from the messages of `related.seats`; anything else (a
 * cancelled session, a per-booking cap) is not a seat refusal: null.
 * @example readSeatRefusal(['Only 2 seats left']) // { kind: 'only', left: 2 }
 */
export function readSeatRefusal(messages: readonly string[] | undefined): SeatRefusal | null {
  const text = messages?.join(' ') ?? '';
  const only = /only (\d+) seat/i.exec(text);
  if (only && +only[1] > 0) return { kind: 'only', left: +only[1] };
  return only || /sold out/i.test(text) ? { kind: 'sold_out' } : null;
}

/**
 * The one e-mail check: something, an @, a domain with a dot; no spaces.
 * @example isEmail('marty@example.com') // true
 */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
