import type { ResolvedConfig } from './types';

/**
 * Defaults under every config: Booking.js v3's `primary` + `primaryWithoutProject` presets, except
 * that the month view is our default (Booking.js: `agendaWeek`). Texts come from the i18n catalog.
 */
export const DEFAULTS = {
  api_base_url: 'https://api.timekit.io/',
  disable_remote_load: false,
  disable_confirm_page: false,
  create_booking_response_include: ['attributes', 'event', 'user'],
  allow_resubmission: true,
  request_timeout: 15_000,
  availability: { mode: 'roundrobin_random' },
  booking: { graph: 'instant' },
  customer_fields: {
    // No titles here: the native fields' titles come from the visitor's language (field_title_*).
    name: { required: true, split_name: false },
    email: { format: 'email', required: true },
  },
  ui: {
    display_name: '',
    avatar: '',
    show_credits: false,
    show_timezone_helper: true,
    availability_view: 'month',
    theme: 'light',
  },
  callbacks: {},
} satisfies ResolvedConfig;

/** Formats of Booking.js "native" customer fields, applied under what the config says (`email` is always one). */
export const NATIVE_FIELD_FORMATS: Record<string, { format: 'text' | 'textarea' | 'tel' }> = {
  name: { format: 'text' },
  comment: { format: 'textarea' },
  phone: { format: 'tel' },
};
