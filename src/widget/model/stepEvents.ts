import type { CallbackName } from '../config/types';

/**
 * The events only the lazily loaded steps send (booking, rescheduling, payment, group sessions), with the Booking.js
 * v3 callbacks each one also calls, misspelled original first. They travel with the steps;
 * `events.ts` holds the first screen's and the emitter, which looks here once the steps are loaded.
 */
export const STEP_EVENT_CALLBACKS = {
  // Group mode reads its sessions with the steps' code (`loadGroupSlots.ts`).
  'group-slots-requested': ['GetBookingSlotsStarted', 'getBookingSlotsStarted'],
  'group-slots-loaded': ['getBookingSlotsSuccessful'],
  'group-slots-failed': ['getBookingSlotsFailed'],
  'form-closed': ['closeBookingPage'],
  'form-submitted': ['submitBookingForm'],
  'create-started': ['createBookingStarted'],
  created: ['createBookingSuccessful'],
  failed: ['createBookingFailed'],
  'reschedule-submitted': ['submitBookingReschduleForm', 'submitBookingRescheduleForm'],
  'reschedule-started': ['submitReschduleBookingStarted', 'submitRescheduleBookingStarted'],
  rescheduled: ['submitReschduleBookingSuccessful', 'submitRescheduleBookingSuccessful'],
  'reschedule-failed': ['submitReschduleBookingFailed', 'submitRescheduleBookingFailed'],
  // Ours (Booking.js has no payment step): a payment graph's booking waits for the host's checkout.
  'payment-required': ['paymentRequired'],
  // Ours (issue 12): a time or seats held while the visitor types, and the end of it or of a payment hold.
  'hold-started': [],
  'hold-expired': [],
  // Ours: a customer cancelled by their link (manage mode).
  cancelled: ['bookingCancelled'],
  // Ours: a visitor joined the waitlist of a sold-out group session.
  'waitlist-joined': ['waitlistJoined'],
} satisfies Record<string, CallbackName[]>;
