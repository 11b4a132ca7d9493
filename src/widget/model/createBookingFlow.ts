import { action, computed, signal } from '../signals';
import type { Booking } from '../../wire/index';
import { ApiError } from '../api/ApiError';
import type { FieldValue, FormField, FormValues } from '../form/fields';
import type { StepsModule } from './steps';
import type { WidgetCore } from './core';
import type { GroupSeats } from './createGroupSeats';
import type { BookingAttempt } from './idempotency';
import type { Picker } from './createPicker';
import { seatsLeft } from './seats';
import type { WidgetSlot } from '../time/slots';
import type { BookingParts, DirectEvent } from './submitBooking';

/**
 * The booking flow of one widget: the form's fields, values and errors, the submit and its error,
 * the booking made and its payment. Booking itself (validate, create, confirm or keep the form with
 * the error) comes with the lazily loaded steps (`submitBooking.ts`): only a visitor who picked a
 * time needs it, as do the actions only its screens offer (`flowActions.ts`). `parts` gives the
 * other models of the widget (the root's wiring).
 * @example const flow = createBookingFlow(core, picker, seats, () => parts);
 */
export function createBookingFlow(core: WidgetCore, picker: Picker, seats: GroupSeats, parts: () => BookingParts) {
  const { config, i18n, emit, steps, focusRequest } = core;
  const values = signal<FormValues>({});
  const fieldErrors = signal<Record<string, string>>({});
  const submitting = signal(false);
  const submitError = signal<ApiError | null>(null);
  const booking = signal<Booking | null>(null);
  /** Bumped when the form should focus its first invalid field. */
  const invalidRequest = signal(0);
  const rescheduleMode = computed(() => !!config.value.reschedule?.uuid && config.value.reschedule?.action === 'reschedule');
  /** The form's fields; their code comes with the lazily loaded steps (none until then). */
  const fields = computed<FormField[]>(() => steps.value.value?.formFields(config.value, i18n.value, rescheduleMode.value) ?? []);
  let ctrl: AbortController | null = null;
  /** The form's booking attempt whose outcome is not known yet: its retry reuses the key (idempotency.ts). */
  const attempt = signal<BookingAttempt | null>(null);

  // Prefills and kept values fill the form now, or, if the steps (prefetched once the calendar
  // showed) are not there yet, when they arrive, also after a failed download was retried; the
  // form shows a skeleton until then.
  let stopFill: (() => void) | null = null;
  function fillFormWhenReady(slot: WidgetSlot) {
    stopFill?.();
    let done = false;
    stopFill = steps.value.subscribe((s) => {
      if (!s || done) return;
      done = true;
      if (picker.selectedSlot.peek() === slot) s.flowActions.picked(parts(), slot);
    });
    if (!steps.value.peek()) void steps.load();
  }

  /** Runs `book` with the steps loaded; a failed download is a network error the caller sees. */
  async function withSteps<T>(book: (s: StepsModule) => Promise<T>): Promise<T> {
    const s = await steps.load();
    if (!s) throw new ApiError('network', 0, 'the booking form could not be loaded');
    return book(s);
  }

  /** An action of `flowActions.ts`, run once the steps are there (their screens are the only way to it). */
  const later = (name: 'closeForm' | 'freshTimes' | 'bookAnother') => action((): unknown => steps.value.peek()?.flowActions[name](parts()));

  return {
    values,
    fieldErrors,
    submitting,
    submitError,
    booking,
    invalidRequest,
    rescheduleMode,
    attempt,
    fields,
    /** Aborts the booking request in flight (if any) and gives the next one its signal. */
    nextRequest(): AbortSignal {
      ctrl?.abort();
      return (ctrl = new AbortController()).signal;
    },
    /** Picks a time: opens the form (or, with `disable_confirm_page`, only marks it). A sold-out session is never picked. */
    pickSlot: action((slot: WidgetSlot) => {
      if (slot.group && seatsLeft(slot) <= 0) return;
      picker.selectedSlot.value = slot;
      seats.reset();
      emit('slot-selected', slot);
      // Manage mode: the new time goes beside the old one.
      if (core.manage.peek()) return core.manage.peek()!.picked();
      if (config.peek().disable_confirm_page) return;
      fillFormWhenReady(slot);
      fieldErrors.value = {};
      submitError.value = null;
      core.phase.value = 'form';
      focusRequest.value++;
      emit(rescheduleMode.peek() ? 'reschedule-form-shown' : 'form-shown', slot);
    }),
    setValue: action((key: string, value: FieldValue) => {
      values.value = { ...values.peek(), [key]: value };
      // A field shows an error only after a submit, so the steps (with the validation) are loaded.
      const loaded = steps.value.peek();
      if (loaded && fieldErrors.peek()[key]) {
        const errs = loaded.validateForm(fields.peek(), values.peek(), i18n.peek());
        fieldErrors.value = { ...fieldErrors.peek(), [key]: errs[key] ?? '' };
      }
    }),
    /** Validates the form and books the picked time once (a double click makes one booking). */
    submit: action(() => withSteps((s) => s.submitBooking(parts())).catch((e: unknown) => void emit('error', e))),
    // Offered only by the steps' screens, so their code comes with the steps (`flowActions.ts`).
    closeForm: later('closeForm') as () => void,
    freshTimes: later('freshTimes') as () => Promise<void> | undefined,
    bookAnother: later('bookAnother') as () => Promise<void> | undefined,
    /**
     * The host took the payment of `bookingId` (e.g. its server called `PUT /bookings/:id/pay`):
     * the confirmation shows it paid. Pass the API's answer as `paid` to show it as is. Returns
     * false when this widget is not showing that booking.
     */
    markPaid: action((bookingId: string, paid?: Booking): boolean => !!steps.value.peek()?.flowActions.markPaid(parts(), bookingId, paid)),
    /** Booking.js `timekitCreateBooking(formData, eventData)`: books without the form. */
    createBookingDirect: action((formData: FormValues, eventData: DirectEvent) =>
      withSteps((s) => s.createBookingDirect(parts(), formData, eventData)),
    ),
    /** Stops what is in flight (the widget goes away). */
    stop() {
      ctrl?.abort();
      stopFill?.();
    },
  };
}

/** One widget's booking flow. */
export type BookingFlow = ReturnType<typeof createBookingFlow>;
