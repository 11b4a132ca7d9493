import { EVENT_CALLBACKS } from './events';
import { STEP_EVENT_CALLBACKS } from './stepEvents';

/**
 * Every widget event with the Booking.js v3 callbacks it also calls (the npm entry exports it as
 * `EVENT_CALLBACKS`); the script keeps the two halves in its two files.
 */
export const ALL_EVENT_CALLBACKS = { ...EVENT_CALLBACKS, ...STEP_EVENT_CALLBACKS };
