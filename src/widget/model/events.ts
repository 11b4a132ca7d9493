import type { CallbackName, Callbacks } from '../config/types';

/**
 * Our event names (dispatched as `booking:<name>` on the host element, bubbling and composed) and
 * the Booking.js v3 callbacks each one also calls, misspelled original first.
 */
export const EVENT_CALLBACKS = {
  'render-started': ['renderStarted'],
  'render-completed': ['renderCompleted'],
  'loading-shown': ['showLoadingScreen'],
  'loading-hidden': ['hideLoadingScreen'],
  'calendar-ready': ['fullCalendarInitialized'],
  'availability-requested': ['fetchAvailabilityStarted'],
  'availability-loaded': ['fetchAvailabilitySuccessful'],
  'availability-failed': ['fetchAvailabilityFailed'],
  'group-slots-requested': ['GetBookingSlotsStarted', 'getBookingSlotsStarted'],
  'group-slots-loaded': ['getBookingSlotsSuccessful'],
  'group-slots-failed': ['getBookingSlotsFailed'],
  'slot-selected': ['clickTimeslot'],
  'form-shown': ['showBookingPage'],
  'form-closed': ['closeBookingPage'],
  'form-submitted': ['submitBookingForm'],
  'create-started': ['createBookingStarted'],
  created: ['createBookingSuccessful'],
  failed: ['createBookingFailed'],
  error: ['errorTriggered'],
  'timezone-changed': ['timezoneChanged'],
  'reschedule-form-shown': ['showBookingReschdulePage', 'showBookingReschedulePage'],
  'reschedule-submitted': ['submitBookingReschduleForm', 'submitBookingRescheduleForm'],
  'reschedule-started': ['submitReschduleBookingStarted', 'submitRescheduleBookingStarted'],
  rescheduled: ['submitReschduleBookingSuccessful', 'submitRescheduleBookingSuccessful'],
  'reschedule-failed': ['submitReschduleBookingFailed', 'submitRescheduleBookingFailed'],
  // Ours (Booking.js has no payment step): a payment graph's booking waits for the host's checkout.
  'payment-required': ['paymentRequired'],
} satisfies Record<string, CallbackName[]>;

/** A widget event name (without the `booking:` prefix). */
export type WidgetEventName = keyof typeof EVENT_CALLBACKS;

/** Sends one event to the host page. */
export type Emit = (name: WidgetEventName, detail?: unknown) => void;

/**
 * An emitter that calls the config's callbacks (every spelling given) and then dispatches the DOM
 * event. A throwing callback is logged, never allowed to break the widget.
 * @example createEmitter(() => config.callbacks, (type, detail) => host.dispatchEvent(new CustomEvent(type, { detail })))
 */
export function createEmitter(getCallbacks: () => Callbacks | undefined, dispatch: (type: string, detail: unknown) => void): Emit {
  return (name, detail) => {
    const callbacks = getCallbacks() ?? {};
    for (const cb of EVENT_CALLBACKS[name] as CallbackName[]) {
      const fn = callbacks[cb];
      if (typeof fn !== 'function') continue;
      try {
        fn(detail);
      } catch (e) {
        console.error(`Booking widget: callbacks.${cb} threw`, e);
      }
    }
    dispatch(`booking:${name}`, detail);
  };
}
