/**
 * The Timekit v2 wire format shared by the widget (client) and the mock API (server).
 * Mirrors `../shared/timekit-wire.md`; every field here exists on the real Timekit API.
 * Timestamps are ISO 8601 strings with an offset; ids are UUIDs.
 */

export * from './accounts';
export * from './graphs';
import type { Graph } from './graphs';
export * from './rules';

/** Every state a booking can be in, across all graphs. */
export type BookingState =
  | 'confirmed'
  | 'tentative'
  | 'paid'
  | 'unpaid'
  | 'declined'
  | 'completed'
  | 'cancelled'
  | 'cancelled_by_customer'
  | 'cancelled_by_owner'
  | 'rescheduled_by_customer';

/** Availability modes. */
export type AvailabilityMode = 'roundrobin_random' | 'roundrobin_prioritized' | 'mutual';

/** Hours as `9`, `17` or `"09:30"`. */
export type HourValue = number | string;

/** One availability constraint; exactly one key, read in the resource's own time zone. */
export type Constraint =
  | { allow_hours: { start: HourValue; end: HourValue } }
  | { block_hours: { start: HourValue; end: HourValue } }
  | { allow_day: { day: string } }
  | { block_day: { day: string } }
  | { allow_day_and_time: { day: string; start: HourValue; end: HourValue } }
  | { block_day_and_time: { day: string; start: HourValue; end: HourValue } }
  | { allow_period: { start: string; end: string } }
  | { block_period: { start: string; end: string } }
  | { allow_weekdays: Record<string, never> | null }
  | { block_weekdays: Record<string, never> | null }
  | { allow_weekends: Record<string, never> | null }
  | { block_weekends: Record<string, never> | null };

import type { ActionLinks, CustomerAction } from './holds';
export type { ActionLinks, CustomerAction, Hold, HoldRequest, WaitlistJoined, WaitlistEntry } from './holds';
export type { DataEnvelope, Paginated, ValidationErrorBody, SimpleErrorBody, Resource, Calendar, Credential, App } from './accounts';

/** A customer field definition as Booking.js v3 / Timekit projects use it. */
export interface CustomerField {
  title?: string;
  format?: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox' | 'label';
  required?: boolean;
  readonly?: boolean;
  prefilled?: string | boolean | null;
  enum?: string[];
  placeholder?: string;
}

/** Availability settings of a project (and of the POST /availability body). */
export interface AvailabilitySettings {
  mode?: AvailabilityMode;
  length?: string;
  from?: string;
  to?: string;
  buffer?: string;
  timeslot_increments?: string;
  round_to_nearest_hour?: boolean;
  ignore_all_day_events?: boolean;
}

/** Booking settings of a project. */
export interface BookingSettings {
  graph?: Graph;
  what?: string;
  where?: string;
  description?: string;
  max_seats_per_booking?: number;
  [key: string]: unknown;
}

/** A project: the saved configuration a widget loads by id or slug. */
export interface Project {
  id: string;
  name: string;
  slug: string;
  resources: string[];
  availability: AvailabilitySettings;
  availability_constraints: Constraint[];
  booking: BookingSettings;
  customer_fields: Record<string, CustomerField>;
  ui: Record<string, unknown>;
  app_key?: string;
  created_at?: string;
  updated_at?: string;
}

/** `POST /availability` request body. */
export interface AvailabilityRequest extends AvailabilitySettings {
  project_id?: string;
  resources?: Array<string | { id: string }>;
  output_timezone?: string;
  constraints?: Constraint[];
}

/** A resource as listed in an availability slot. */
export interface SlotResource {
  id: string;
  name: string;
  timezone: string;
}

/** One free time slot. */
export interface Slot {
  start: string;
  end: string;
  resources: SlotResource[];
}

/** Event details of a booking. */
export interface EventInfo {
  start: string;
  end: string;
  what: string;
  where: string;
  description: string;
  calendar_id?: string | null;
}

/** Customer of a booking; custom fields ride along. */
export interface Customer {
  id?: string;
  name: string;
  email: string;
  phone?: string | null;
  timezone?: string | null;
  first_name?: string;
  last_name?: string;
  comment?: string;
  [field: string]: unknown;
}

/** `POST /bookings` body (flat form; the nested `event{}` form is accepted too). */
export interface CreateBookingRequest {
  resource_id?: string;
  graph: Graph;
  action?: string;
  start?: string;
  end?: string;
  what?: string;
  where?: string;
  description?: string;
  calendar_id?: string;
  project_id?: string;
  customer?: Customer;
  event?: Partial<EventInfo>;
  settings?: { allow_double_bookings?: boolean; max_seats?: number };
  related?: { owner_booking_id?: string; seats?: number };
  meta?: Record<string, unknown>;
  /** Ours (not Timekit): converts this live hold (`POST /holds`) into the booking. */
  hold_id?: string;
}

/** Seat counts of a group owner booking. */
export interface GroupBookingInfo {
  max_seats: number;
  current_seats: number;
}

/** A booking as the API answers it. */
export interface Booking {
  id: string;
  graph: Graph;
  state: BookingState;
  completed: boolean;
  possible_actions: string[];
  available_actions: string[];
  created_at: string;
  updated_at: string;
  attributes: {
    event_info: EventInfo;
    group_booking?: GroupBookingInfo;
  };
  customers: Customer[];
  meta: Record<string, unknown>;
  resource: { id: string; name: string };
  /** Seat bookings: the session and how many seats this booking holds. */
  related?: { owner_booking_id?: string; seats?: number };
  related_bookings?: Booking[];
  /** `?include=action_links` (and answers to a link): the signed customer links, and when they expire (our choice). */
  action_links?: ActionLinks;
  links_expire_at?: string;
  /** Answers to a signed link only (our choice): what the link may do now. */
  customer_actions?: CustomerAction[];
  /** A payment graph in `tentative` (our choice): when the server times it out to `unpaid`. */
  hold_expires_at?: string;
}

/** A group session (owner booking) as `GET /bookings/groups` lists it. */
export interface GroupSession {
  id: string;
  state: BookingState;
  graph: Graph;
  completed: boolean;
  available_actions: string[];
  resource: { id: string; name: string };
  attributes: {
    event_info: Omit<EventInfo, 'calendar_id'>;
    group_booking: GroupBookingInfo;
  };
}
