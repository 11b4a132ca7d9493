import type { ActionLinks, Booking, Customer, GroupSession } from '../../wire';
import { linkExpiry } from '../domain/customerLinks';
import { availableActions, isFinal, isPaymentGraph, PAYMENT_TIMEOUT_MS, possibleActions } from '../domain/graphs';
import { currentSeats } from '../domain/seats';
import type { Store } from '../domain/store';
import type { StoredBooking } from '../domain/types';
import { isoInZone } from './time';

/** How to render a booking: the zone for its times and the `?include=` list. */
export interface BookingView {
  /** `Timekit-Timezone` when sent; the resource's zone otherwise (our choice). */
  timeZone?: string;
  include?: ReadonlySet<string>;
  /**
   * A booking shown to someone who did not make it (a widget key rescheduling by id): no customers,
   * no description, `what`/`where` from its project (which the widget shows anyway), and of its
   * metadata only `rescheduled_from`.
   */
  redact?: boolean;
  /**
   * An answer to a signed customer link: the booking's own customer stays, its metadata is cut to
   * `rescheduled_from`, and nothing about other bookings is included.
   */
  link?: boolean;
  /** Builds customer action links when `action_links` is included. */
  actionLinks?: (b: StoredBooking) => ActionLinks;
}

function zoneFor(store: Store, b: StoredBooking, view: BookingView): string {
  return view.timeZone ?? store.resources.get(b.resource_id)?.timezone ?? 'UTC';
}

function eventInfo(store: Store, b: StoredBooking, zone: string) {
  return {
    start: isoInZone(b.start, zone),
    end: isoInZone(b.end, zone),
    what: b.what,
    where: b.where,
    description: b.description,
  };
}

/** The wire form of a stored booking (see the contract's `POST /bookings` answer). */
export function renderBooking(store: Store, b: StoredBooking, view: BookingView = {}): Booking & Record<string, unknown> {
  const zone = zoneFor(store, b, view);
  const resource = store.resources.get(b.resource_id);
  const out: Booking & Record<string, unknown> = {
    id: b.id,
    graph: b.graph,
    state: b.state,
    completed: isFinal(b.state),
    possible_actions: possibleActions(b.graph, b.state),
    available_actions: availableActions(b.graph, b.state),
    created_at: isoInZone(b.created_at, zone),
    updated_at: isoInZone(b.updated_at, zone),
    attributes: { event_info: { ...eventInfo(store, b, zone), calendar_id: b.calendar_id } },
    customers: b.customer ? [b.customer as Customer] : [],
    meta: b.meta,
    resource: { id: b.resource_id, name: resource?.name ?? '' },
  };
  if (b.graph === 'group_owner') {
    out.attributes.group_booking = { max_seats: b.max_seats ?? 0, current_seats: currentSeats(store, b.id) };
  }
  if (b.owner_booking_id) {
    // Echoes the request's `related` so a client can tell which session and how many seats.
    out.related = { owner_booking_id: b.owner_booking_id, seats: b.seats };
  }
  if (isPaymentGraph(b.graph) && b.state === 'tentative') {
    // Our choice: when the server times this payment hold out (to `unpaid`), for a countdown.
    out.hold_expires_at = isoInZone(b.state_changed_at + PAYMENT_TIMEOUT_MS, zone);
  }
  if (view.redact) redact(store, b, out);
  if (view.link) out.meta = typeof b.meta.rescheduled_from === 'string' ? { rescheduled_from: b.meta.rescheduled_from } : {};
  const include = view.link ? new Set(['action_links']) : (view.include ?? new Set());
  if (include.has('related_bookings') || include.has('related_bookings.customers')) {
    const related =
      b.graph === 'group_owner'
        ? store.seatBookings(b.id)
        : b.owner_booking_id
          ? [store.bookings.get(b.owner_booking_id)].flatMap((x) => x ?? [])
          : [];
    const withCustomers = include.has('related_bookings.customers');
    out.related_bookings = related.map((r) => {
      const inner = renderBooking(store, r, { timeZone: view.timeZone });
      return withCustomers ? inner : { ...inner, customers: [] };
    });
  }
  if (include.has('action_links') && view.actionLinks) {
    out.action_links = view.actionLinks(b);
    out.links_expire_at = isoInZone(linkExpiry(b), zone);
  }
  return out;
}

function redact(store: Store, b: StoredBooking, out: Booking & Record<string, unknown>): void {
  const project = b.project_id ? store.projects.get(b.project_id) : undefined;
  out.customers = [];
  out.meta = typeof b.meta.rescheduled_from === 'string' ? { rescheduled_from: b.meta.rescheduled_from } : {};
  Object.assign(out.attributes.event_info, { what: project?.booking.what ?? '', where: project?.booking.where ?? '', description: '' });
}

/** A group owner as `GET /bookings/groups` lists it. */
export function renderGroupSession(store: Store, b: StoredBooking, timeZone?: string): GroupSession {
  const zone = timeZone ?? zoneFor(store, b, {});
  return {
    id: b.id,
    state: b.state,
    graph: b.graph,
    completed: isFinal(b.state),
    available_actions: availableActions(b.graph, b.state),
    resource: { id: b.resource_id, name: store.resources.get(b.resource_id)?.name ?? '' },
    attributes: {
      event_info: eventInfo(store, b, zone),
      group_booking: { max_seats: b.max_seats ?? 0, current_seats: currentSeats(store, b.id) },
    },
  };
}
