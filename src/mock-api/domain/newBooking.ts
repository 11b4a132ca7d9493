import type { Graph } from '../../wire';

/** A customer as the edge validated it (types only). */
export interface CustomerInput {
  name?: string;
  email?: string;
  phone?: string | null;
  timezone?: string | null;
  [field: string]: unknown;
}

/** A booking request after the edge checked its types; the core checks what it means. */
export interface NewBooking {
  /** Fixed id (the demo seed); a UUID is made otherwise. */
  id?: string;
  graph?: Graph;
  action?: string;
  resource_id?: string;
  calendar_id?: string;
  project_id?: string;
  start?: number;
  end?: number;
  what?: string;
  where?: string;
  description?: string;
  customer?: CustomerInput;
  allow_double_bookings?: boolean;
  max_seats?: number;
  owner_booking_id?: string;
  seats?: number;
  meta?: Record<string, unknown>;
  /** A live hold (our choice) this booking converts: its time or seats count as free for it. */
  hold_id?: string;
}

/** Inclusive limits of `settings.max_seats`. */
export const MAX_SEATS_LIMIT = 10_000;
