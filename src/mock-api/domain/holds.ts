import type { Clock, Scheduler } from './clock';
import { DomainError, invalidField } from './errors';
import { isFree } from './freeTime';
import { currentSeats } from './seats';
import type { Store } from './store';
import type { StoredBooking, StoredHold } from './types';

/** How long a hold lasts when neither the request nor the project says (our choice). */
export const DEFAULT_HOLD_MS = 5 * 60_000;
/** Shortest and longest hold (our choice). */
export const MIN_HOLD_MS = 30_000;
export const MAX_HOLD_MS = 30 * 60_000;
/** Longest span a time hold may cover (our choice). */
export const MAX_HOLD_SPAN_MS = 24 * 3_600_000;
/** How many live holds one holder (connection address) and the whole server may have at once. */
export interface HoldLimits {
  perHolder: number;
  total: number;
}

/** The default limits (our choice): 20 per holder (a shared address or a test run), 1000 per server. */
export const HOLD_LIMITS: HoldLimits = { perHolder: 20, total: 1000 };

/** A 409-style refusal: the time or seats are taken or held by someone else. */
export const conflict = (field: string, message: string): DomainError => new DomainError('conflict', { [field]: [message] });

/** A checked request for a hold: a time (resource + span) or seats of a session. */
export type NewHold =
  | { kind: 'time'; resource_id: string; project_id: string | null; start: number; end: number; durationMs: number; holder: string }
  | { kind: 'seats'; owner_booking_id: string; seats: number; project_id: string | null; durationMs: number; holder: string };

/** What the hold service needs from outside. */
export interface HoldServiceDeps {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  /** Limits of live holds; `HOLD_LIMITS` when absent. */
  limits?: HoldLimits;
  /** Called when a seat hold ends without becoming a booking (released or expired). */
  onSeatsFreed?: (ownerId: string, seats: number) => void;
}

/**
 * Holds times and seats while a visitor types. Every method is synchronous from check to write, so
 * of two requests for one time exactly one wins. Expiry is read off the injected clock on every call
 * (`expireDue`), and a timer on the injected scheduler also runs it when a hold ends.
 */
export class HoldService {
  constructor(private readonly deps: HoldServiceDeps) {}

  /** Creates a hold, or throws: 422 (bad request), 409 (taken or held), 429-style `limit` (too many). */
  create(input: NewHold): StoredHold {
    const { store, clock } = this.deps;
    const now = clock.now();
    this.expireDue();
    const { perHolder, total } = this.deps.limits ?? HOLD_LIMITS;
    if (store.holds.size >= total)
      throw new DomainError('limit', { hold: [`The server holds ${total} times already; try again in a few minutes`] });
    const mine = [...store.holds.values()].filter((h) => h.holder === input.holder).length;
    if (mine >= perHolder)
      throw new DomainError('limit', { hold: [`At most ${perHolder} holds at once; release one (DELETE /holds/:id) first`] });
    const base = {
      id: store.newId(),
      project_id: input.project_id,
      created_at: now,
      expires_at: now + input.durationMs,
      holder: input.holder,
    };
    const hold: StoredHold = input.kind === 'time' ? this.timeHold(input, now, base) : this.seatHold(input, base);
    store.holds.set(hold.id, hold);
    this.deps.scheduler.setTimeout(() => this.expireDue(), input.durationMs);
    return hold;
  }

  private timeHold(
    input: Extract<NewHold, { kind: 'time' }>,
    now: number,
    base: Omit<StoredHold, 'kind' | 'resource_id' | 'start' | 'end' | 'owner_booking_id' | 'seats'>,
  ): StoredHold {
    const { store } = this.deps;
    const resource = store.resources.get(input.resource_id);
    if (!resource) throw invalidField('resource_id', `Resource ${input.resource_id} does not exist`);
    if (input.end - input.start > MAX_HOLD_SPAN_MS)
      throw invalidField('end', `A hold covers at most ${MAX_HOLD_SPAN_MS / 3_600_000} hours`);
    const t = { resource_id: resource.id, project_id: input.project_id, start: input.start, end: input.end };
    if (!isFree(store, now, t)) {
      if (input.start < now) throw invalidField('start', 'This time is in the past; pick a later slot');
      const holds = new Set(store.holds.keys());
      if (isFree(store, now, t, holds)) {
        const other = [...store.holds.values()]
          .filter((h) => h.kind === 'time' && h.resource_id === resource.id)
          .sort((a, b) => a.expires_at - b.expires_at)[0];
        throw conflict(
          'start',
          `This time is held by another visitor${other ? ` until ${new Date(other.expires_at).toISOString()}` : ''}; pick another slot`,
        );
      }
      if (isFree(store, now, t, holds, false))
        throw conflict('start', `This time is no longer available for ${resource.name}; pick another slot`);
      throw invalidField(
        'start',
        `${resource.name} is not available at this time (outside their open hours); pick a time POST /availability offers`,
      );
    }
    return { ...base, kind: 'time', resource_id: resource.id, start: input.start, end: input.end, owner_booking_id: null, seats: 0 };
  }

  private seatHold(
    input: Extract<NewHold, { kind: 'seats' }>,
    base: Omit<StoredHold, 'kind' | 'resource_id' | 'start' | 'end' | 'owner_booking_id' | 'seats'>,
  ): StoredHold {
    const { store } = this.deps;
    const owner = store.find('bookings', input.owner_booking_id, (b) => b.graph === 'group_owner', 'Group booking');
    if (owner.state !== 'tentative') throw invalidField('owner_booking_id', `This session is ${owner.state}; no seats can be held`);
    const project = owner.project_id ? store.projects.get(owner.project_id) : undefined;
    const cap = project?.booking.max_seats_per_booking;
    if (typeof cap === 'number' && input.seats > cap) throw invalidField('seats', `At most ${cap} seats per booking`);
    const left = (owner.max_seats ?? 0) - currentSeats(store, owner.id);
    if (left <= 0) throw conflict('seats', 'This session is sold out');
    if (input.seats > left) throw conflict('seats', `Only ${left} seat${left === 1 ? '' : 's'} left`);
    return {
      ...base,
      kind: 'seats',
      project_id: owner.project_id,
      resource_id: owner.resource_id,
      start: owner.start,
      end: owner.end,
      owner_booking_id: owner.id,
      seats: input.seats,
    };
  }

  /** The live hold `id`; 404 `Hold does not exist` once released, converted or expired. */
  get(id: string): StoredHold {
    this.expireDue();
    return this.deps.store.find('holds', id);
  }

  /** Releases hold `id` (404 when it is gone); freed seats go to the waitlist. */
  release(id: string): void {
    const hold = this.get(id);
    this.end(hold);
  }

  /**
   * The hold `id` a booking request names, checked against the booking it would make: live, and for
   * the same session (seats) or the same resource with the booking's span inside the held one
   * (time). Throws 422 on `hold_id` otherwise.
   */
  claim(id: string, booking: StoredBooking): StoredHold {
    this.expireDue();
    const hold = this.deps.store.holds.get(id);
    if (!hold)
      throw invalidField(
        'hold_id',
        `Hold ${id.slice(0, 100)} does not exist or has ended (released, used or expired); hold the time again`,
      );
    const fits =
      hold.kind === 'seats'
        ? booking.owner_booking_id === hold.owner_booking_id
        : !booking.owner_booking_id && booking.resource_id === hold.resource_id && booking.start >= hold.start && booking.end <= hold.end;
    if (!fits)
      throw invalidField(
        'hold_id',
        hold.kind === 'seats' ? 'This hold is for seats of another session' : 'This hold is for another resource or time',
      );
    return hold;
  }

  /** Ends a hold a booking used; seats it held beyond the booking's go to the waitlist. */
  converted(hold: StoredHold, booking: StoredBooking): void {
    this.deps.store.holds.delete(hold.id);
    const spare = hold.kind === 'seats' ? hold.seats - booking.seats : 0;
    if (spare > 0 && hold.owner_booking_id) this.deps.onSeatsFreed?.(hold.owner_booking_id, spare);
  }

  /** Ends the seat holds of a session that closed (cancelled or completed): nobody can book them now. */
  sessionClosed(ownerId: string): void {
    for (const hold of [...this.deps.store.holds.values()]) if (hold.owner_booking_id === ownerId) this.deps.store.holds.delete(hold.id);
  }

  /** Removes every hold whose time is up on the injected clock. Cheap; run before reads. */
  expireDue(): void {
    const now = this.deps.clock.now();
    for (const hold of [...this.deps.store.holds.values()]) if (hold.expires_at <= now) this.end(hold);
  }

  private end(hold: StoredHold): void {
    this.deps.store.holds.delete(hold.id);
    if (hold.kind === 'seats' && hold.owner_booking_id) this.deps.onSeatsFreed?.(hold.owner_booking_id, hold.seats);
  }
}
