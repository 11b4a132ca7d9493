/**
 * bookingtime's Module API (v3) wire format, as far as a booking widget meets it: the envelope,
 * the entities' `class` names, id prefixes and the time-range limit. Shared by the widget's
 * bookingtime backend and the mock API's Module routes, so the two cannot drift.
 */

/** One entry of an envelope's `messageList`; `parameter` names the field a message is about. */
export interface ModuleMessage {
  class: 'MESSAGE';
  type: 'success' | 'info' | 'warning' | 'error';
  parameter: string | null;
  text: string;
}

/** Every Module API answer: messages and content (either may be empty). */
export interface ModuleEnvelope<T> {
  messageList: ModuleMessage[];
  content: T | null;
}

/** Two-character id prefixes of the records a widget meets (prefix + 30 characters = 32). */
export const MODULE_ID_PREFIX = {
  organization: 'f6',
  moduleConfig: '5f',
  bookingTemplate: 'fc',
  bookingResource: 'br',
  bookingSlot: '4f',
  appointment: 'ed',
  eventAppointment: 'pd',
  customer: 'd3',
  customEntity: '6T',
} as const;

/** A kind of Module API record with an id prefix. */
export type ModuleIdKind = keyof typeof MODULE_ID_PREFIX;

/**
 * Is `id` a well-formed id of `kind` (its prefix, then 30 letters or digits)?
 * @example isModuleId('organization', 'f6' + 'a'.repeat(30)) // true
 */
export function isModuleId(kind: ModuleIdKind, id: unknown): id is string {
  return typeof id === 'string' && id.length === 32 && id.startsWith(MODULE_ID_PREFIX[kind]) && /^[a-zA-Z0-9]{32}$/.test(id);
}

/** Languages of the Module API's messages (the first path segment). */
export type ModuleLocale = 'en' | 'de';

/** A booking resource (a person or room) of a template. */
export interface BookingResource {
  class: 'BOOKING_RESOURCE';
  id: string;
  customId: string | null;
  type: string;
  name: string;
  firstName: string | null;
  lastName: string | null;
  gender: string | null;
  title: string | null;
  description: string | null;
  image: string | null;
  additionalData: Record<string, unknown> | null;
}

/** One step of a template (here: which resources may be booked). */
export interface BookingStep {
  class: 'BOOKING_STEP';
  name: string;
  selectionQuantity: number;
  selectionDisplay: string;
  bookingResourceList: BookingResource[];
}

/** What can be booked: name, length in minutes, price, which customer data is required. */
export interface BookingTemplate {
  class: 'BOOKING_TEMPLATE';
  id: string;
  customId: string | null;
  name: string;
  nameI18nList: Record<string, string> | null;
  image: string | null;
  duration: number;
  showPrice: boolean;
  priceGross: number | null;
  currency: string | null;
  taxRate: number | null;
  description: string;
  descriptionI18nList: Record<string, string> | null;
  appointmentAddressRequired: boolean;
  customerAddressRequired: boolean;
  customerEmailRequired: boolean;
  customerMobileRequired: boolean;
  bookingDayEarliest: number | null;
  bookingDayLatest: number | null;
  bookingLeadTime: number | null;
  address: unknown;
  bookingStepList: BookingStep[];
  additionalData: Record<string, unknown> | null;
}

/** A free start; its length is the template's `duration`. */
export interface BookingSlot {
  class: 'BOOKING_SLOT';
  id: string;
  /** ISO 8601 with offset. */
  timestamp: string;
  bookingResourceCombination: string[];
}

/** A list of slots over a range (a month, week or day). */
export interface RangeList<T> {
  class: 'RANGE_LIST';
  rangeStart: string;
  rangeEnd: string;
  timeZone: string;
  list: T[];
}

/** A paged list (`bookingTemplate/list`). */
export interface ModuleList<T> {
  class: 'LIST';
  recordTotal: number;
  recordLimit: number;
  recordList: T[];
}

/** The customer of an appointment. */
export interface ModuleCustomer {
  class?: 'CUSTOMER';
  id?: string;
  gender?: string | null;
  title?: string | null;
  firstName: string;
  lastName: string;
  email?: string | null;
  mobile?: string | null;
  notes?: string | null;
  address?: unknown;
  locale?: string | null;
}

/** `POST appointment/add` body. */
export interface AppointmentAddRequest {
  bookingSlotId: string;
  notes?: string;
  customId?: string;
  additionalData?: Record<string, unknown>;
  customer: ModuleCustomer;
}

/** A booked appointment. */
export interface Appointment {
  class: 'APPOINTMENT';
  id: string;
  customId: string | null;
  start: string;
  end: string;
  duration: number;
  timeZone: string;
  name: string;
  description: string;
  showPrice: boolean;
  priceGross: number | null;
  taxRate: number | null;
  currency: string | null;
  customer: ModuleCustomer | null;
  address: unknown;
  canceled: boolean;
  moved: boolean;
  bookingResourceList: BookingResource[];
  organizationId: string;
}

/** The OAuth token endpoint's answer. */
export interface ModuleTokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in: number;
  token_type: 'Bearer';
}

/**
 * The last day (`yyyy-MM-dd`) for which availability and appointments exist: the end of the
 * calendar year after `today`'s. Requests beyond it are refused.
 * @example moduleRangeEnd('2024-01-10') // '2025-12-31'
 */
export function moduleRangeEnd(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}-12-31`;
}
