import { batch, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Booking } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import type { ApiResponse, BookingBackend } from '../api/types';
import type { ResolvedConfig } from '../config/types';
import { buildBookingRequest } from '../form/buildBookingRequest';
import type { FormField, FormValues } from '../form/fields';
import { validateForm } from '../form/validateForm';
import type { I18n } from '../i18n/index';
import { labelSeatRefusal } from '../labels/labelSession';
import { sameSlot, type WidgetSlot } from '../time/slots';
import { confirmationHeading } from './confirmationHeading';
import { errorMessageKey } from './errorMessage';
import type { Emit } from './events';
import { attemptFor, keepsKey, newIdempotencyKey, type BookingAttempt } from './idempotency';
import { holdEndsAt, paymentStatus } from './payment';
import { seatRefusal } from './seatRefusal';
import type { SeatRefusal } from './seats';

/**
 * What booking and the group seat actions need of one widget's model (createBookingModel.ts builds
 * it). Booking happens only after a time was picked, so this code travels with the lazily loaded
 * steps (steps/index.ts).
 */
export interface SubmitContext {
  config: ReadonlySignal<ResolvedConfig>;
  i18n: ReadonlySignal<I18n>;
  fields: ReadonlySignal<FormField[]>;
  rescheduleMode: ReadonlySignal<boolean>;
  values: Signal<FormValues>;
  fieldErrors: Signal<Record<string, string>>;
  selectedSlot: Signal<WidgetSlot | null>;
  slots: Signal<WidgetSlot[]>;
  seats: Signal<number>;
  seatProblem: Signal<SeatRefusal | null>;
  submitting: Signal<boolean>;
  submitError: Signal<ApiError | null>;
  booking: Signal<Booking | null>;
  phase: Signal<string>;
  timeZone: Signal<string>;
  focusRequest: Signal<number>;
  invalidRequest: Signal<number>;
  emit: Emit;
  announce(text: string): void;
  backend(): BookingBackend;
  /** Re-reads group sessions quietly; true when fresh counts arrived. */
  refreshSeats(): Promise<boolean>;
  now(): Date;
  groupMode: ReadonlySignal<boolean>;
  /** The seat stepper's upper bound. */
  seatMax: ReadonlySignal<number>;
  /** The request in flight, aborted when the widget is destroyed. */
  submitCtrl: AbortController | null;
  /** The quiet seat re-read in flight, aborted by a full refresh (groupSeats.ts). */
  seatCtrl: AbortController | null;
  /** The form's booking attempt whose outcome is not known yet: its retry reuses the key. */
  attempt?: BookingAttempt | null;
}

/**
 * Creates the booking (or the reschedule) of `slot` with `vals`. `attempt` gives the booking's
 * idempotency key: the form's retry of the same request sends the same key (idempotency.ts).
 */
function createBooking(m: SubmitContext, slot: WidgetSlot, vals: FormValues, attempt: (body: string) => string): Promise<ApiResponse<Booking>> {
  const cfg = m.config.peek();
  const ctrl = (m.submitCtrl = new AbortController());
  if (m.rescheduleMode.peek()) {
    const req = { start: slot.start, end: slot.end, message: String(vals.message ?? ''), resource_id: slot.resources[0]?.id };
    m.emit('reschedule-started', req);
    return m.backend().rescheduleBooking(cfg.reschedule!.uuid!, req, cfg.create_booking_response_include, ctrl.signal);
  }
  const req = buildBookingRequest({ config: cfg, slot, values: vals, timeZone: m.timeZone.peek(), seats: slot.group ? m.seats.peek() : undefined, search: globalThis.location?.search });
  m.emit('create-started', req);
  return m.backend().createBooking(req, cfg.create_booking_response_include, ctrl.signal, attempt(JSON.stringify(req)));
}

/**
 * The form's submit: validates, then books once (a double click makes one booking: `submitting`
 * is set before the first await), shows the confirmation or keeps the form with the error.
 */
export async function submitBooking(m: SubmitContext): Promise<void> {
  const slot = m.selectedSlot.peek();
  if (m.submitting.peek() || !slot) return;
  const i18n = m.i18n.peek();
  const errs = validateForm(m.fields.peek(), m.values.peek(), i18n);
  const count = Object.keys(errs).length;
  m.fieldErrors.value = errs;
  if (count) {
    m.announce(i18n.t('form_invalid', { count }));
    m.invalidRequest.value++;
    return;
  }
  const resched = m.rescheduleMode.peek();
  batch(() => {
    m.submitting.value = true;
    m.submitError.value = null;
    m.seatProblem.value = null;
  });
  m.emit(resched ? 'reschedule-submitted' : 'form-submitted', m.values.peek());
  m.announce(i18n.t('submitting'));
  try {
    const res = await createBooking(m, slot, m.values.peek(), (body) => (m.attempt = attemptFor(m.attempt, body)).key);
    m.attempt = null;
    batch(() => {
      m.booking.value = res.data;
      m.phase.value = 'confirmation';
      m.focusRequest.value++;
    });
    m.emit(resched ? 'rescheduled' : 'created', res);
    const pending = paymentStatus(res.data) === 'pending';
    m.announce(i18n.t(confirmationHeading(res.data, resched)));
    if (pending) {
      m.emit('payment-required', { bookingId: res.data.id, booking: res.data, holdUntil: holdEndsAt(res.data, m.now()).toISOString(), seats: slot.group ? m.seats.peek() : undefined });
    }
  } catch (e) {
    if (isAbort(e)) return;
    const err = e instanceof ApiError ? e : new ApiError('network', 0, String(e));
    // The answer was lost (or came from a gateway): the booking may exist, so "Try again" sends the
    // same key and gets the first result. Any answer from the API itself closes the attempt.
    if (!keepsKey(err)) m.attempt = null;
    // A refused seat request: re-read the counts first, so the message and the stepper tell the truth.
    const refusal = slot.group && err.status === 422 ? seatRefusal(err, (await m.refreshSeats()) ? m.selectedSlot.peek() : null) : null;
    batch(() => {
      m.submitError.value = err;
      m.seatProblem.value = refusal;
    });
    m.emit(resched ? 'reschedule-failed' : 'failed', err);
    m.emit('error', err);
    m.announce(refusal ? labelSeatRefusal(i18n, refusal) : i18n.t(errorMessageKey(err, true), { message: err.message }));
  } finally {
    m.submitting.value = false;
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
export async function createBookingDirect(m: SubmitContext, formData: FormValues, eventData: DirectEvent): Promise<ApiResponse<Booking>> {
  const slot: WidgetSlot = {
    start: String(eventData.start ?? eventData.startStr),
    end: String(eventData.end ?? eventData.endStr),
    resources: eventData.resources ?? eventData.extendedProps?.resources ?? [],
  };
  const match = m.slots.peek().find((s) => sameSlot(s, slot));
  try {
    const res = await createBooking(m, match ?? slot, formData, () => newIdempotencyKey());
    m.emit('created', res);
    return res;
  } catch (e) {
    m.emit('failed', e);
    throw e;
  }
}
