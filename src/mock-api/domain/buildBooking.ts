import type { BookingState } from '../../wire';
import { DomainError } from './errors';
import { GRAPH_SPECS, isSeatGraph } from './graphs';
import { MAX_SEATS_LIMIT, type NewBooking } from './newBooking';
import { assertSeatsAvailable } from './seats';
import type { Store } from './store';
import type { StoredBooking, StoredCustomer } from './types';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Checks what a booking request means against the store (graph, action, resource, project, owner,
 * seats, customer) and returns the booking it would create, unsaved. Throws a `DomainError`
 * carrying every problem found.
 */
export function buildBooking(store: Store, now: number, input: NewBooking): StoredBooking {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const project = input.project_id ? store.projects.get(input.project_id) : undefined;
  if (input.project_id && !project) add('project_id', `Project ${input.project_id} does not exist`);

  const graph = input.graph ?? project?.booking.graph;
  if (!graph) {
    add('graph', `is required: one of ${Object.keys(GRAPH_SPECS).join(', ')}`);
    throw new DomainError('invalid', errors);
  }
  const spec = GRAPH_SPECS[graph];
  if (input.action !== undefined && !spec.createActions.includes(input.action)) {
    add('action', `A new ${graph} booking takes the action "${spec.createActions[0]}" (or none), not "${input.action}"`);
  }

  let resourceId = input.resource_id;
  let start = input.start;
  let end = input.end;
  let what = input.what ?? project?.booking.what;
  let where = input.where ?? project?.booking.where;
  let description = input.description ?? project?.booking.description;
  let projectId = project?.id ?? null;
  let ownerId: string | null = null;
  let seats = 1;

  if (isSeatGraph(graph)) {
    seats = input.seats ?? 1;
    const owner = input.owner_booking_id ? store.bookings.get(input.owner_booking_id) : undefined;
    if (!input.owner_booking_id) add('related.owner_booking_id', `is required for a ${graph} booking`);
    else if (!owner) add('related.owner_booking_id', `Booking ${input.owner_booking_id} does not exist`);
    if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS_LIMIT) {
      add('related.seats', `must be a whole number from 1 to ${MAX_SEATS_LIMIT}`);
    } else if (owner) {
      const ownerProject = owner.project_id ? store.projects.get(owner.project_id) : undefined;
      const cap = project?.booking.max_seats_per_booking ?? ownerProject?.booking.max_seats_per_booking;
      try {
        assertSeatsAvailable(store, owner, seats, typeof cap === 'number' ? cap : null, new Set(input.hold_id ? [input.hold_id] : []));
      } catch (e) {
        if (!(e instanceof DomainError) || typeof e.detail === 'string') throw e;
        for (const [f, msgs] of Object.entries(e.detail)) msgs.forEach((m) => add(f, m));
      }
    }
    if (owner) {
      ownerId = owner.id;
      resourceId = owner.resource_id;
      start = owner.start;
      end = owner.end;
      what ??= owner.what;
      where ??= owner.where;
      description ??= owner.description;
      projectId ??= owner.project_id;
    }
  } else {
    if (resourceId === undefined && project?.resources.length === 1) resourceId = project.resources[0];
    if (resourceId === undefined) add('resource_id', 'is required');
    else if (!store.resources.has(resourceId)) add('resource_id', `Resource ${resourceId} does not exist`);
    if (start === undefined) add('start', 'is required');
    if (end === undefined) add('end', 'is required');
    if (start !== undefined && end !== undefined && end <= start) add('end', 'must be after start');
  }

  let maxSeats: number | null = null;
  if (graph === 'group_owner') {
    const m = input.max_seats;
    if (m === undefined) add('settings.max_seats', 'is required for a group_owner booking');
    else if (!Number.isInteger(m) || m < 1 || m > MAX_SEATS_LIMIT) {
      add('settings.max_seats', `must be a whole number from 1 to ${MAX_SEATS_LIMIT}`);
    } else maxSeats = m;
  }

  let customer: StoredCustomer | null = null;
  const c = input.customer;
  if (graph !== 'group_owner' || c) {
    if (!c) add('customer', 'is required: { "name": …, "email": … }');
    else {
      if (!c.name?.trim()) add('customer.name', 'is required');
      if (!c.email?.trim()) add('customer.email', 'is required');
      else if (!EMAIL.test(c.email.trim())) add('customer.email', `"${c.email}" is not an email address`);
      customer = {
        ...c,
        id: store.newId(),
        name: c.name?.trim() ?? '',
        email: c.email?.trim() ?? '',
        phone: c.phone ?? null,
        timezone: c.timezone ?? null,
      };
    }
  }

  let calendarId: string | null = null;
  if (resourceId && store.resources.has(resourceId)) {
    if (input.calendar_id !== undefined) {
      const cal = store.calendars.get(input.calendar_id);
      if (!cal || cal.resource_id !== resourceId)
        add('calendar_id', `Calendar ${input.calendar_id} does not exist for resource ${resourceId}`);
      else calendarId = cal.id;
    } else {
      calendarId = [...store.calendars.values()].find((k) => k.resource_id === resourceId && k.primary)?.id ?? null;
    }
  }

  if (Object.keys(errors).length) throw new DomainError('invalid', errors);
  const state: BookingState = spec.createState;
  return {
    id: input.id ?? store.newId(),
    graph,
    state,
    resource_id: resourceId!,
    calendar_id: calendarId,
    project_id: projectId,
    start: start!,
    end: end!,
    what: what ?? '',
    where: where ?? '',
    description: description ?? '',
    customer,
    meta: { ...(input.meta ?? {}) },
    allow_double_bookings: input.allow_double_bookings ?? false,
    max_seats: maxSeats,
    owner_booking_id: ownerId,
    seats: ownerId ? seats : 1,
    created_at: now,
    updated_at: now,
    state_changed_at: now,
  };
}
