import type {
  AvailabilitySettings,
  BookingSettings,
  BookingState,
  Constraint,
  Credential,
  CustomerField,
  Graph,
  Project,
  Webhook,
} from '../../wire';

/** A resource as stored (times in epoch ms). */
export interface StoredResource {
  id: string;
  name: string;
  timezone: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  image: string | null;
  tags: string[];
  meta: Record<string, unknown>;
  availability_constraints: Constraint[];
  created_at: number;
  updated_at: number;
}

/** A calendar as stored. */
export interface StoredCalendar {
  id: string;
  resource_id: string;
  name: string;
  description: string | null;
  primary: boolean;
  created_at: number;
}

/** A credential as stored: exactly its wire shape. */
export type StoredCredential = Credential;

/** A project as stored: the wire project with epoch-ms timestamps and no key. */
export interface StoredProject extends Omit<Project, 'app_key' | 'created_at' | 'updated_at'> {
  created_at: number;
  updated_at: number;
}

/** A customer as stored: the known fields plus any custom field. */
export interface StoredCustomer {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  timezone: string | null;
  [field: string]: unknown;
}

/** A booking as stored. */
export interface StoredBooking {
  id: string;
  graph: Graph;
  state: BookingState;
  resource_id: string;
  calendar_id: string | null;
  project_id: string | null;
  start: number;
  end: number;
  what: string;
  where: string;
  description: string;
  customer: StoredCustomer | null;
  meta: Record<string, unknown>;
  allow_double_bookings: boolean;
  /** group_owner only. */
  max_seats: number | null;
  /** seat graphs only. */
  owner_booking_id: string | null;
  /** seat graphs only. */
  seats: number;
  created_at: number;
  updated_at: number;
  /** When the booking entered its current state (drives payment timeouts). */
  state_changed_at: number;
}

/** A webhook registration as stored: the wire's record (`event`: what it hears, absent = booking states) and when it was made. */
export interface StoredWebhook extends Webhook {
  created_at: number;
}

/** One attempt to deliver a webhook. */
export interface WebhookDelivery {
  id: string;
  webhook_id: string;
  /** The booking (for a waitlist event: the group session) the event was about. */
  booking_id: string;
  state: BookingState;
  url: string;
  attempt: number;
  at: number;
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** The one app this server hosts. */
export interface StoredApp {
  id: string;
  slug: string;
  name: string;
  test_mode: boolean;
  webhook_secret: string;
  invites: Array<{ email: string; invited_at: number }>;
}

/**
 * A hold (our choice; Timekit has none): a resource's time (`kind: "time"`) or seats of a group
 * session (`kind: "seats"`) kept for one visitor until `expires_at`. Whoever knows the id holds it.
 */
export interface StoredHold {
  id: string;
  kind: 'time' | 'seats';
  resource_id: string;
  project_id: string | null;
  start: number;
  end: number;
  /** Seat holds: the group session. */
  owner_booking_id: string | null;
  /** Seat holds: how many seats; 0 for a time hold. */
  seats: number;
  created_at: number;
  expires_at: number;
  /** Who asked (the connection's address; in process, the Origin), for the per-holder limit. */
  holder: string;
}

/** One person on a full group session's waitlist (our choice; Timekit has none). */
export interface StoredWaitlistEntry {
  id: string;
  owner_booking_id: string;
  name: string;
  email: string;
  created_at: number;
  /** When a webhook last named this person for freed seats; null until then. */
  notified_at: number | null;
}
