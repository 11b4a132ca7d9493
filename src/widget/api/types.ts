import type { AvailabilityRequest, Booking, CreateBookingRequest, GroupSession, Project, Slot } from '../../wire/index';
import type { Hold, HoldRequest, WaitlistJoined } from '../../wire/holds';

/**
 * A successful answer: the unwrapped `data`, like timekit-sdk gives Booking.js callbacks, and what
 * the backend says about it as typed fields (the model never reads header names).
 */
export interface ApiResponse<T> {
  data: T;
  status: number;
  /** The answer's headers (lower-case names), passed on to the Booking.js callbacks as they were. */
  headers: Record<string, string>;
  /** The answer comes from a test account (Timekit: `Timekit-TestMode: true`): the widget shows a badge. */
  testMode: boolean;
}

/** How a project is named: by id (`/projects/embed/:id`) or slug (`/projects/hosted/:slug`). */
export type ProjectRef = { id: string } | { slug: string };

/** Query of `GET /bookings/groups`. */
export interface GroupSessionsParams {
  projectId?: string;
  /** Zone of the answer's timestamps (`Timekit-Timezone`). */
  timeZone?: string;
}

/** Body of `POST /bookings/:id/reschedule`. */
export interface RescheduleRequest {
  start: string;
  end: string;
  resource_id?: string;
  message?: string;
  /** Ours: converts this hold (`POST /holds`). */
  hold_id?: string;
}

/** Who joins a sold-out session's waitlist (ours): `POST /bookings/groups/:id/waitlist`. */
export interface WaitlistPerson {
  name: string;
  email: string;
}

/** A signed customer link (ours): the booking and the signature of its `action_links.manage`. */
export interface BookingLink {
  id: string;
  signature: string;
}

/** What a signed link is asked to do. */
export type LinkAction = 'manage' | 'cancel' | 'reschedule';
/** The body of a link call: a cancel's reason, or a reschedule's new time. */
export type LinkBody = { reason?: string } | { start: string; end: string };

/**
 * The one door to the API. The UI never calls fetch; the model calls this. Every call takes an
 * AbortSignal and rejects with `ApiError` (or an `AbortError` when the signal aborted it).
 */
export interface BookingBackend {
  getProject(ref: ProjectRef, signal?: AbortSignal): Promise<ApiResponse<Project>>;
  getAvailability(req: AvailabilityRequest, signal?: AbortSignal): Promise<ApiResponse<Slot[]>>;
  getGroupSessions(params: GroupSessionsParams, signal?: AbortSignal): Promise<ApiResponse<GroupSession[]>>;
  /**
   * `POST /bookings`. `idempotencyKey` names one booking attempt: sent again with the same request
   * after a lost answer, the API answers the first result instead of booking twice.
   */
  createBooking(req: CreateBookingRequest, include: string[], signal?: AbortSignal, idempotencyKey?: string): Promise<ApiResponse<Booking>>;
  rescheduleBooking(id: string, req: RescheduleRequest, include: string[], signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  /** Ours: `POST /holds`, holds a time or seats while the visitor types (absent: the backend has no holds, `booking.hold` is ignored). */
  createHold?(req: HoldRequest, signal?: AbortSignal): Promise<ApiResponse<Hold>>;
  /** Ours: `DELETE /holds/:id`, gives a hold back (a 404 means it had ended already). */
  releaseHold?(id: string): Promise<unknown>;
  /**
   * Ours, optional (without it manage mode says the link can not be used): follows a signed customer
   * link, `…/bookings/:id/external_action/<action>`. `manage` reads the booking; `cancel` with
   * `{reason?}`; `reschedule` with `{start, end}` answers the new booking with its own fresh links.
   * A refused link is a 403 (`forbidden`).
   */
  linkAction?(link: BookingLink, action: LinkAction, body: LinkBody | null, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  /**
   * Ours, optional (without it a sold-out session offers no waitlist): `POST /bookings/groups/:id/waitlist`
   * puts `person` on the list of the sold-out session `sessionId` (201 joined, 200 already on it).
   * A session with seats again, cancelled or started is a 422 on `session`.
   */
  joinWaitlist?(sessionId: string, person: WaitlistPerson, signal?: AbortSignal): Promise<ApiResponse<WaitlistJoined>>;
  /** The last day (`yyyy-MM-dd`) the backend has times for, given today's; the calendar offers no later month. None: no limit. */
  lastDay?(today: string): string;
}
