import type { WidgetConfig } from './types';

/** A key whose value is not looked into (a string, a list, callbacks, an open object). */
type Leaf = 1;
/** What a table says about one key: nothing more (`1`), its own table, or `{ '*': … }` for a map of any names. */
type Entry<V> =
  Leaf | (V extends readonly unknown[] | ((...args: never[]) => unknown) | Element ? never : V extends object ? Table<V> : never);
/** One line per key of `T`; a map (`Record<string, X>`) is `{ '*': X's table }`. */
export type Table<T> = string extends keyof T
  ? { readonly '*': Entry<T[string & keyof T]> }
  : { readonly [K in keyof T]-?: Entry<NonNullable<T[K]>> };

/**
 * Every config key the widget knows: one line per key of `WidgetConfig`, a nested table for an
 * object of settings. The typecheck keeps it equal to the types (a key added to `types.ts` and not
 * here, or here and not there, fails), and the unknown-key warning (`unknownKeys`) reads it. To add
 * a key: add it to `types.ts` and one line here.
 */
export const KNOWN_KEYS = {
  app_key: 1,
  backend: 1,
  organization_id: 1,
  booking_template_id: 1,
  client_id: 1,
  auth_url: 1,
  project_id: 1,
  project_slug: 1,
  disable_remote_load: 1,
  api_base_url: 1,
  resources: 1,
  availability: {
    mode: 1,
    length: 1,
    from: 1,
    to: 1,
    buffer: 1,
    timeslot_increments: 1,
    round_to_nearest_hour: 1,
    ignore_all_day_events: 1,
  },
  availability_constraints: 1,
  booking: 1, // open on purpose: merged into the POST /v2/bookings body (all but `hold`, the widget's own)
  customer_fields: { '*': { title: 1, format: 1, required: 1, readonly: 1, prefilled: 1, enum: 1, placeholder: 1, split_name: 1 } },
  ui: {
    display_name: 1,
    avatar: 1,
    show_credits: 1,
    show_timezone_helper: 1,
    timezone: 1,
    availability_view: 1,
    time_date_format: 1,
    localization: 1,
    localization_url: 1,
    locale: 1,
    theme: 1,
    brand_color: 1,
    floating_button: { text: 1, position: 1, color: 1 },
    forward_query_params: 1,
    manage_url: 1,
  },
  callbacks: 1,
  disable_confirm_page: 1,
  create_booking_response_include: 1,
  allow_resubmission: 1,
  reschedule: { uuid: 1, action: 1, eventStart: 1, eventEnd: 1 },
  manage: { booking_id: 1, signature: 1, url_params: { booking_id: 1, signature: 1 } },
  el: 1,
  autoload: 1,
  debug: 1,
  name: 1,
  request_timeout: 1,
} as const satisfies Table<WidgetConfig>;
