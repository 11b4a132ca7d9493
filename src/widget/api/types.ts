import type { AvailabilityRequest, Booking, CreateBookingRequest, GroupSession, Project, Slot } from '../../wire/index';

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
}

/** A signed customer link (ours): the booking and the signature of its `action_links.manage`. */
export interface BookingLink {
  id: string;
  signature: string;
}

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
  // Customer links (ours; optional: a backend without them makes manage mode say the link can not be used).
  /** Reads the booking a signed link names (`GET /bookings/:id/external_action/manage`); a refused link is a 403 (`forbidden`). */
  getByLink?(link: BookingLink, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  /** Cancels by a signed link, with the customer's optional reason. */
  cancelByLink?(link: BookingLink, reason: string, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  /** Moves the booking by a signed link: the answer is the new booking with its own fresh links. */
  rescheduleByLink?(link: BookingLink, req: { start: string; end: string }, signal?: AbortSignal): Promise<ApiResponse<Booking>>;
  /** The last day (`yyyy-MM-dd`) the backend has times for, given today's; the calendar offers no later month. None: no limit. */
  lastDay?(today: string): string;
}
