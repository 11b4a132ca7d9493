import type { Booking } from '../../wire/index';
import { PAYMENT_HOLD_MS, holdEndsAt, paymentStatus } from '../model/payment';
import { useModel } from './context';

/**
 * The payment line of a confirmation: how long a pending booking is held (until when, in the
 * visitor's zone), or "Paid" once the host said so (`markPaid`). Nothing for graphs without payment.
 */
export function PaymentStatus({ booking }: { booking: Booking }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const status = paymentStatus(booking);
  if (status === 'pending') {
    const until = i18n.formatTime(
      booking.hold_expires_at ? new Date(booking.hold_expires_at) : holdEndsAt(booking, m.now()),
      m.timeZone.value,
    );
    const h = m.holds();
    return (
      <>
        <p class="bw-awaiting bw-payment">
          {i18n.t('payment_hold', { duration: i18n.t('duration_minutes', { count: Math.round(PAYMENT_HOLD_MS / 60_000) }), time: until })}
        </p>
        {h && h.left.value > 0 && (
          <p class="bw-hold" part="hold">
            {i18n.t('payment_left', { time: h.shown.value })}
          </p>
        )}
      </>
    );
  }
  if (status === 'expired')
    return (
      <div class="bw-alert">
        <p>{i18n.t('payment_hold_ended_text')}</p>
        <button type="button" class="bw-btn" onClick={() => m.bookAnother()}>
          {i18n.t('start_again')}
        </button>
      </div>
    );
  if (status === 'paid') return <p class="bw-paid">✓ {i18n.t('paid_heading')}</p>;
  return null;
}
