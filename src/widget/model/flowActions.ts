import { batch } from '../signals';
import type { Booking } from '../../wire/index';
import type { BookingParts } from './submitBooking';
import type { WidgetSlot } from '../time/slots';
import { initialValues } from '../form/fields';

/**
 * The booking flow's actions that only the steps' screens offer (the form's back link, the
 * confirmation's "book another", fresh times after a refusal, the host's `markPaid`): they travel
 * with the lazily loaded steps; `createBookingFlow.ts` calls them once the steps are there.
 */
export const flowActions = {
  /** A time was picked and the form's code is there: fill the form (prefills, kept values) and hold the time when `booking.hold` asks for it. */
  picked({ flow, holds }: BookingParts, slot: WidgetSlot): void {
    flow.values.value = initialValues(flow.fields.peek(), flow.values.peek());
    void holds()?.take(slot);
  },
  closeForm({ core, flow, holds }: BookingParts): void {
    holds()?.release();
    batch(() => {
      core.phase.value = 'calendar';
      flow.submitError.value = null;
      core.focusRequest.value++;
    });
    core.emit('form-closed');
  },
  /** After a refused booking: fetch fresh times, keep what the visitor typed. */
  freshTimes({ core, picker, seats, flow, refresh, holds }: BookingParts): Promise<void> {
    holds()?.release();
    picker.selectedSlot.value = null;
    flow.submitError.value = null;
    seats.seatProblem.value = null;
    core.focusRequest.value++;
    return refresh();
  },
  /** After a booking: start over (Booking.js `allow_resubmission`). */
  bookAnother({ core, picker, flow, refresh, holds }: BookingParts): Promise<void> {
    holds()?.stop();
    flow.booking.value = null;
    picker.selectedSlot.value = null;
    core.focusRequest.value++;
    return refresh();
  },
  /**
   * The host took the payment of `bookingId` (e.g. its server called `PUT /bookings/:id/pay`):
   * the confirmation shows it paid. `paid`, the API's answer, is shown as is. False when this
   * widget is not showing that booking.
   */
  markPaid({ core, flow }: BookingParts, bookingId: string, paid?: Booking): boolean {
    const b = flow.booking.peek();
    if (!b || b.id !== bookingId) return false;
    flow.booking.value = paid && paid.id === bookingId ? paid : { ...b, state: 'paid' };
    core.announce(core.i18n.peek().t('paid_heading'));
    return true;
  },
};

/** The flow actions the steps file provides. */
export type FlowActions = typeof flowActions;
