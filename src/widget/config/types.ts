import type { AvailabilitySettings, BookingSettings, Constraint, CustomerField, Graph } from '../../wire/index';
import type { BackendName } from '../api/backends';
import type { ViewName } from '../views';

/** How the free times are laid out: a view of the table in `views.ts`. */
export type AvailabilityView = ViewName;
export type AvailabilityViewName = AvailabilityView | 'dayGridMonth' | 'agendaWeek' | 'timeGridWeek' | 'listing' | 'listWeek';
/** A customer field's `format` (Booking.js v3's, `string` being its alias of `text`). */
export type FieldFormat = NonNullable<CustomerField['format']> | 'string';
/** Where the floating button sits. */
export type FloatingButtonPosition = 'bottom-right' | 'bottom-left';

/** Colour scheme: `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** A customer field as the widget reads it (Booking.js v3 keys, `split_name` included). */
export interface CustomerFieldConfig extends Omit<CustomerField, 'format'> {
  format?: FieldFormat;
  split_name?: boolean;
}

/** Booking.js v3 callbacks (misspelled originals and corrected spellings both accepted). */
export type Callbacks = Partial<Record<CallbackName, (arg?: unknown) => unknown>>;

/** Every callback name the widget calls, Booking.js v3 spellings first. */
export type CallbackName =
  | 'renderStarted'
  | 'renderCompleted'
  | 'showLoadingScreen'
  | 'hideLoadingScreen'
  | 'fullCalendarInitialized'
  | 'fetchAvailabilityStarted'
  | 'fetchAvailabilitySuccessful'
  | 'fetchAvailabilityFailed'
  | 'modifyFetchedAvailability'
  | 'GetBookingSlotsStarted'
  | 'getBookingSlotsStarted'
  | 'getBookingSlotsSuccessful'
  | 'getBookingSlotsFailed'
  | 'clickTimeslot'
  | 'showBookingPage'
  | 'closeBookingPage'
  | 'submitBookingForm'
  | 'createBookingStarted'
  | 'createBookingSuccessful'
  | 'createBookingFailed'
  | 'errorTriggered'
  | 'timezoneChanged'
  | 'showBookingReschdulePage'
  | 'showBookingReschedulePage'
  | 'submitBookingReschduleForm'
  | 'submitBookingRescheduleForm'
  | 'submitReschduleBookingStarted'
  | 'submitRescheduleBookingStarted'
  | 'submitReschduleBookingSuccessful'
  | 'submitRescheduleBookingSuccessful'
  | 'submitReschduleBookingFailed'
  | 'submitRescheduleBookingFailed'
  | 'paymentRequired'
  | 'bookingCancelled'
  | 'waitlistJoined';

/** `ui.*` settings. */
export interface UiConfig {
  display_name?: string;
  avatar?: string;
  show_credits?: boolean;
  show_timezone_helper?: boolean;
  /** Initial visitor time zone (IANA); detected when absent. */
  timezone?: string;
  /** `month`/`dayGridMonth`, `week`/`agendaWeek`/`timeGridWeek`, `list`/`listing`/`listWeek`. */
  availability_view?: AvailabilityViewName;
  /** `12h-mdy-sun` or `24h-dmy-mon`. */
  time_date_format?: '12h-mdy-sun' | '24h-dmy-mon';
  localization?: Record<string, string | Record<string, string>>;
  /** Ours, script build: the folder with the language files (`de.json`, …); default `locales/` beside `booking.js`. */
  localization_url?: string;
  locale?: string;
  theme?: Theme;
  /** Ours: a brand colour (`#rgb`, `#rrggbb`, `rgb()`); fills use it, text gets an AA-safe shade of it for each theme. */
  brand_color?: string;
  /** Ours: the floating button that opens the popup (`text` required; `position` default `bottom-right`; `color` default the brand colour). */
  floating_button?: { text: string; position?: FloatingButtonPosition; color?: string };
  /** Ours, off by default: `true` copies the page's `utm_*` query parameters into the booking's `meta`; a list copies those names too. */
  forward_query_params?: boolean | string[];
  /** Ours: the page where the site hosts the widget in manage mode; the confirmation links there (with `booking_id` and `signature`), as do the calendar entries. */
  manage_url?: string;
}

/** Ours: manage mode, the booking a signed link names (`action_links.manage`), or where the page URL carries it. */
export interface ManageConfig {
  booking_id?: string;
  signature?: string;
  /** The page URL's query parameter names (default `booking_id` and `signature`). */
  url_params?: { booking_id?: string; signature?: string };
}

/**
 * The widget config: Booking.js v3 keys, all optional here; `validateConfig` says what is missing.
 * @example { app_key: 'test_widget_key_demo', resources: ['1111…'], availability: { length: '30 minutes' } }
 */
export interface WidgetConfig {
  app_key?: string;
  /** Ours: which backend the widget talks to (`api/backends.ts`), default `timekit`. */
  backend?: BackendName;
  organization_id?: string;
  booking_template_id?: string;
  client_id?: string;
  auth_url?: string;
  project_id?: string;
  project_slug?: string;
  disable_remote_load?: boolean;
  /** Default `https://api.timekit.io/`; paths are `v2/...` below it. */
  api_base_url?: string;
  resources?: string[];
  availability?: AvailabilitySettings;
  availability_constraints?: Constraint[];
  /** Merged on top of the booking body: any field of `POST /v2/bookings` may go here, so this one stays open. */
  booking?: BookingSettings & {
    /** Ours: hold a picked time this long while the visitor types (`"5 minutes"`, 30 seconds to 30 minutes). */
    hold?: string;
  };
  customer_fields?: Record<string, CustomerFieldConfig>;
  ui?: UiConfig;
  callbacks?: Callbacks;
  disable_confirm_page?: boolean;
  create_booking_response_include?: string[];
  allow_resubmission?: boolean;
  /** Booking.js reschedule mode: `{uuid, action: 'reschedule', eventStart?, eventEnd?}`. */
  reschedule?: { uuid?: string; action?: string; eventStart?: string; eventEnd?: string };
  /** Ours: opens the widget on one booking to show, cancel or reschedule it (see `ManageConfig`). */
  manage?: ManageConfig;
  /** Global API only: target element or selector (default `#bookingjs`). */
  el?: string | Element;
  autoload?: boolean;
  debug?: boolean;
  name?: string;
  /** Our addition: request timeout in milliseconds (default 15000). */
  request_timeout?: number;
}

/** The config after defaults, the project and the local config are merged: required parts are present. */
export interface ResolvedConfig extends WidgetConfig {
  api_base_url: string;
  availability: AvailabilitySettings;
  booking: NonNullable<WidgetConfig['booking']> & { graph: Graph };
  customer_fields: Record<string, CustomerFieldConfig>;
  ui: UiConfig & { availability_view: AvailabilityViewName; show_timezone_helper: boolean; theme: Theme };
  callbacks: Callbacks;
  create_booking_response_include: string[];
  request_timeout: number;
}

/** One problem with the config: which key, and what is wrong with it. */
export interface ConfigError {
  key: string;
  message: string;
}
