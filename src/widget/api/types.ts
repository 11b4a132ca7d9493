import type { AvailabilityRequest, Booking, CreateBookingRequest, GroupSession, Project, Slot } from '../../wire/index';
import type { Hold, HoldRequest } from '../../wire/holds';

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
  /** The last day (`yyyy-MM-dd`) the backend has times for, given today's; the calendar offers no later month. None: no limit. */
  lastDay?(today: string): string;
}
