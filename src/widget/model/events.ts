import type { CallbackName, Callbacks } from '../config/types';
import type { STEP_EVENT_CALLBACKS } from './stepEvents';

/**
 * Our event names (dispatched as `booking:<name>` on the host element, bubbling and composed) and
 * the Booking.js v3 callbacks each one also calls, misspelled original first: the first screen's
 * here, the steps' (booking, rescheduling, payment, group sessions) in `stepEvents.ts`, which comes with them.
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
  'slot-selected': ['clickTimeslot'],
  'form-shown': ['showBookingPage'],
  error: ['errorTriggered'],
  'timezone-changed': ['timezoneChanged'],
  'reschedule-form-shown': ['showBookingReschdulePage', 'showBookingReschedulePage'],
} satisfies Record<string, CallbackName[]>;

/** A widget event name (without the `booking:` prefix). */
export type WidgetEventName = keyof typeof EVENT_CALLBACKS | keyof typeof STEP_EVENT_CALLBACKS;

/** Callback names by event, as a table of either file. */
export type EventCallbacks = Partial<Record<WidgetEventName, readonly CallbackName[]>>;

/** Sends one event to the host page. */
export type Emit = (name: WidgetEventName, detail?: unknown) => void;

/**
 * An emitter that calls the config's callbacks (every spelling given) and then dispatches the DOM
 * event. A throwing callback is logged, never allowed to break the widget. `stepEvents` gives the
 * steps' table once they are loaded (their events are only sent from there).
 * @example createEmitter(() => config.callbacks, (type, detail) => host.dispatchEvent(new CustomEvent(type, { detail })))
 */
export function createEmitter(
  getCallbacks: () => Callbacks | undefined,
  dispatch: (type: string, detail: unknown) => void,
  stepEvents: () => EventCallbacks | undefined = () => undefined,
): Emit {
  const table: EventCallbacks = EVENT_CALLBACKS;
  return (name, detail) => {
    const callbacks = getCallbacks() ?? {};
    for (const cb of table[name] ?? stepEvents()?.[name] ?? []) {
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
