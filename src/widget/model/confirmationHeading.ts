import { awaitsConfirmation, type Booking } from '../../wire/index';
import type { MessageKey } from '../i18n/en';
import { paymentStatus } from './payment';

/**
 * The confirmation step's heading (also what is announced when it shows): rescheduled, waiting for
 * the payment, waiting for the owner's answer, or booked. Pure; the one place that chooses it.
 * @example confirmationHeading({ graph: 'confirm_decline', state: 'tentative' }, false) // 'awaiting_heading'
 */
export function confirmationHeading(booking: Pick<Booking, 'graph' | 'state'>, rescheduled: boolean): MessageKey {
  if (rescheduled) return 'rescheduled_heading';
  const paying = paymentStatus(booking);
  if (paying === 'pending') return 'payment_heading';
  if (paying === 'expired') return 'payment_hold_ended';
  return awaitsConfirmation(booking) ? 'awaiting_heading' : 'confirmed_heading';
}
