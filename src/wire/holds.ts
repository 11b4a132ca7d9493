/**
 * Our own additions to the wire format (Timekit has none of these): holds of times and seats,
 * waitlists of full group sessions, and what a signed customer link answers. The widget must keep
 * working without them against Timekit. Rules: `src/mock-api/README.md`, "Holds" and "Waitlists".
 */

/** The signed customer links of a booking (`?include=action_links`). */
export interface ActionLinks {
  cancel: string;
  reschedule: string;
  /** Reads, cancels and reschedules (our choice). */
  manage: string;
}

/** What a signed link may do now (`customer_actions` of a link answer). */
export type CustomerAction = 'cancel' | 'reschedule';

/** A hold: `POST /holds` → 201 `{data: Hold}`, `GET /holds/:id`, `DELETE /holds/:id` (204). */
export interface Hold {
  id: string;
  kind: 'time' | 'seats';
  resource: { id: string; name: string };
  project_id: string | null;
  start: string;
  end: string;
  /** Seat holds: the group session; null for a time hold. */
  owner_booking_id: string | null;
  /** Seat holds: how many; 0 for a time hold. */
  seats: number;
  created_at: string;
  /** When the hold ends by itself. */
  expires_at: string;
}

/** `POST /holds` body: a time of a resource, or seats of a group session. */
export type HoldRequest =
  | { resource_id?: string; project_id?: string; start: string; end: string; duration?: string }
  | { owner_booking_id: string; seats?: number; duration?: string };

/** `POST /bookings/groups/:id/waitlist {name, email}` → 201 (joined) or 200 (already on it). */
export interface WaitlistJoined {
  id: string;
  session_id: string;
  position: number;
  already_joined: boolean;
}

/** A waitlist entry as the owner (`GET /bookings/groups/:id/waitlist`, app key) and webhooks see it. */
export interface WaitlistEntry {
  id: string;
  session_id: string;
  name: string;
  email: string;
  position: number;
  joined_at: string;
  notified_at: string | null;
}
