import { batch, type Signal } from '../signals';
import type { WidgetConfig } from '../config/types';
import type { Booking } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import type { ApiResponse } from '../api/types';
import { buildBookingRequest } from '../form/buildBookingRequest';
import type { FormValues } from '../form/fields';
import { validateForm } from '../form/validateForm';
import { sameSlot, type WidgetSlot } from '../time/slots';
import { confirmationHeading } from './confirmationHeading';
import { attemptFor, keepsKey, newIdempotencyKey } from './idempotency';
import type { WidgetCore } from './core';
import type { BookingFlow } from './createBookingFlow';
import type { GroupSeats } from './createGroupSeats';
import type { Picker } from './createPicker';
import { holdEndsAt, paymentStatus } from './payment';
import { seatRefusal } from './seatRefusal';
import type { HoldModel } from './createHold';

/**
 * The models of one widget that booking and the group seat actions work on (the root,
 * `BookingModel.ts`, wires them). Booking happens only after a time was picked, so this code
 * travels with the lazily loaded steps (steps/index.ts).
 */
export interface BookingParts {
  core: WidgetCore;
  picker: Picker;
  seats: GroupSeats;
  flow: BookingFlow;
  /** Loads the times again (the root's; a full load supersedes a quiet seat re-read). */
  refresh(): Promise<void>;
  /** The widget's hold (`createHold.ts`), made once the steps are there. */
  holds(): HoldModel | undefined;
  /** The local config (manage mode narrows its resources to the booking's). */
  local?: Signal<WidgetConfig>;
}

/**
 * Creates the booking (or the reschedule) of `slot` with `vals`. `attempt` gives the booking's
 * idempotency key: the form's retry of the same request sends the same key (idempotency.ts).
 */
async function createBooking(
  { core, picker, seats, flow, holds }: BookingParts,
  slot: WidgetSlot,
  vals: FormValues,
  attempt: (body: string) => string,
): Promise<ApiResponse<Booking>> {
  const cfg = core.config.peek();
  const signal = flow.nextRequest();
  // A live hold of this time is converted by the booking (our API; absent without a hold).
  const held = holds()?.hold.peek();
  const hold_id = held ? held.id : undefined;
  if (flow.rescheduleMode.peek()) {
    const req = { start: slot.start, end: slot.end, message: String(vals.message ?? ''), resource_id: slot.resources[0]?.id, hold_id };
    core.emit('reschedule-started', req);
    return (await core.backend()).rescheduleBooking(cfg.reschedule!.uuid!, req, cfg.create_booking_response_include, signal);
  }
  const req = buildBookingRequest({
    config: cfg,
    slot,
    values: vals,
    timeZone: picker.timeZone.peek(),
    seats: slot.group ? seats.seats.peek() : undefined,
    search: globalThis.location?.search,
  });
  if (hold_id) req.hold_id = hold_id;
  core.emit('create-started', req);
  // With a manage page, the confirmation links to it with the booking's signed manage link.
  const include = cfg.ui.manage_url ? [...cfg.create_booking_response_include, 'action_links'] : cfg.create_booking_response_include;
  return (await core.backend()).createBooking(req, include, signal, attempt(JSON.stringify(req)));
}

/**
 * The form's submit: validates, then books once (a double click makes one booking: `submitting`
 * is set before the first await), shows the confirmation or keeps the form with the error.
 */
export async function submitBooking(parts: BookingParts): Promise<void> {
  const { core, picker, seats, flow } = parts;
  const slot = picker.selectedSlot.peek();
  if (flow.submitting.peek() || !slot) return;
  const i18n = core.i18n.peek();
  const errs = validateForm(flow.fields.peek(), flow.values.peek(), i18n);
  const count = Object.keys(errs).length;
  flow.fieldErrors.value = errs;
  if (count) {
    core.announce(i18n.t('form_invalid', { count }));
    flow.invalidRequest.value++;
    return;
  }
  const resched = flow.rescheduleMode.peek();
  batch(() => {
    flow.submitting.value = true;
    flow.submitError.value = null;
    seats.seatProblem.value = null;
  });
  core.emit(resched ? 'reschedule-submitted' : 'form-submitted', flow.values.peek());
  core.announce(i18n.t('submitting'));
  try {
    const res = await createBooking(
      parts,
      slot,
      flow.values.peek(),
      (body) => (flow.attempt.value = attemptFor(flow.attempt.peek(), body)).key,
    );
    flow.attempt.value = null;
    parts.holds()?.used();
    batch(() => {
      flow.booking.value = res.data;
      core.phase.value = 'confirmation';
      core.focusRequest.value++;
    });
    core.emit(resched ? 'rescheduled' : 'created', res);
    core.announce(i18n.t(confirmationHeading(res.data, resched)));
    if (paymentStatus(res.data) === 'pending') {
      parts.holds()?.watchPayment(res.data);
      core.emit('payment-required', {
        bookingId: res.data.id,
        booking: res.data,
        holdUntil: holdEndsAt(res.data, core.now()).toISOString(),
        seats: slot.group ? seats.seats.peek() : undefined,
      });
    }
  } catch (e) {
    if (isAbort(e)) return;
    const err = e instanceof ApiError ? e : new ApiError('network', 0, String(e));
    // The answer was lost (or came from a gateway): the booking may exist, so "Try again" sends the
    // same key and gets the first result. Any answer from the API itself closes the attempt.
    if (!keepsKey(err)) flow.attempt.value = null;
    // A refused seat request: re-read the counts first, so the message and the stepper tell the truth.
    const refusal =
      slot.group && err.status === 422 ? seatRefusal(err, (await seats.refreshSeats()) ? picker.selectedSlot.peek() : null) : null;
    batch(() => {
      flow.submitError.value = err;
      seats.seatProblem.value = refusal;
    });
    core.emit(resched ? 'reschedule-failed' : 'failed', err);
    core.emit('error', err);
    // Not announced here: the form's alert (SubmitError) says it, once; the status said it too.
  } finally {
    flow.submitting.value = false;
  }
}

/** The event Booking.js `timekitCreateBooking(formData, eventData)` takes (a FullCalendar event). */
export interface DirectEvent {
  start?: string;
  end?: string;
  startStr?: string;
  endStr?: string;
  resources?: WidgetSlot['resources'];
  extendedProps?: { resources?: WidgetSlot['resources'] };
}

/** Booking.js `timekitCreateBooking(formData, eventData)`: books without the form. */
export async function createBookingDirect(
  parts: BookingParts,
  formData: FormValues,
  eventData: DirectEvent,
): Promise<ApiResponse<Booking>> {
  const slot: WidgetSlot = {
    start: String(eventData.start ?? eventData.startStr),
    end: String(eventData.end ?? eventData.endStr),
    resources: eventData.resources ?? eventData.extendedProps?.resources ?? [],
  };
  const match = parts.picker.slots.peek().find((s) => sameSlot(s, slot));
  try {
    const res = await createBooking(parts, match ?? slot, formData, () => newIdempotencyKey());
    parts.core.emit('created', res);
    return res;
  } catch (e) {
    parts.core.emit('failed', e);
    throw e;
  }
}
