import type { BookingState } from '../../wire';
import type { Clock, Scheduler } from './clock';
import { invalidField } from './errors';
import {
  PAYMENT_TIMEOUT_MS,
  AUTOMATIC_ACTIONS,
  availableActions,
  blocksTime,
  takesSeats,
  isFinal,
  isPaymentGraph,
  isSeatGraph,
  nextState,
} from './graphs';
import { buildBooking } from './buildBooking';
import type { NewBooking } from './newBooking';
import { assertFree } from './freeTime';
import type { HoldService } from './holds';
import type { Store } from './store';
import type { StoredBooking } from './types';

/** What the booking service needs from outside. */
export interface BookingServiceDeps {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  /** Called after a booking enters a state (created included); webhooks hang here. */
  onStateEntered?: (booking: StoredBooking) => void;
  /** Holds of times and seats (our choice); without it, `hold_id` is refused. */
  holds?: HoldService;
  /** Called when a seat booking of an open session stops taking its seats (the waitlist hangs here). */
  onSeatsFreed?: (ownerId: string, seats: number) => void;
}

/**
 * Creates bookings and moves them through their graph. Every method is synchronous from check to
 * write, so two requests in one Node process can never both take the last slot or seat.
 */
export class BookingService {
  private readonly pendingPayments = new Set<string>();

  constructor(private readonly deps: BookingServiceDeps) {}

  /**
   * Creates a booking; throws `DomainError` (422/404) and writes nothing when refused. With
   * `hold_id`, the hold's time or seats count as free for this booking, and the hold ends with it.
   */
  create(input: NewBooking): StoredBooking {
    this.expireDue();
    const { store, clock } = this.deps;
    const booking = buildBooking(store, clock.now(), input);
    const hold = input.hold_id === undefined ? null : this.claimHold(input.hold_id, booking);
    // Seats take their owner's time; every other booking must get a time availability offers.
    if (!input.allow_double_bookings && !isSeatGraph(booking.graph)) this.assertFree(booking, new Set(hold ? [hold.id] : []));
    store.putBooking(booking);
    if (hold) this.deps.holds!.converted(hold, booking);
    this.entered(booking);
    return booking;
  }

  private claimHold(id: string, booking: StoredBooking) {
    if (!this.deps.holds) throw invalidField('hold_id', 'This server keeps no holds');
    return this.deps.holds.claim(id, booking);
  }

  /** Applies `action`; 422 naming the allowed actions when the graph has no such edge from here. */
  act(id: string, action: string): StoredBooking {
    this.expireDue();
    const booking = this.get(id);
    const to = AUTOMATIC_ACTIONS.has(action) ? null : nextState(booking.graph, booking.state, action);
    if (!to) {
      const allowed = availableActions(booking.graph, booking.state);
      throw invalidField(
        'action',
        allowed.length
          ? `"${action}" is not allowed on a ${booking.state} ${booking.graph} booking; allowed: ${allowed.join(', ')}`
          : `"${action}" is not allowed: the booking is ${booking.state} and takes no more actions`,
      );
    }
    if (!blocksTime(booking.graph, booking.state) && blocksTime(booking.graph, to) && !booking.allow_double_bookings) {
      this.assertFree(booking, new Set([booking.id]));
    }
    this.move(booking, to);
    if (booking.graph === 'group_owner') this.deps.holds?.sessionClosed(booking.id);
    if (booking.graph === 'group_owner' && to === 'cancelled') {
      for (const seat of this.deps.store.seatBookings(booking.id)) {
        const seatTo = nextState(seat.graph, seat.state, 'cancel_by_owner');
        if (seatTo) this.move(seat, seatTo);
      }
    }
    return booking;
  }

  /**
   * Moves an instant booking to new times: the old one becomes `rescheduled_by_customer` and a new
   * confirmed booking is made. The new slot must be free (the old booking's own time counts as free).
   */
  reschedule(id: string, change: { start: number; end: number; resource_id?: string; hold_id?: string }): StoredBooking {
    this.expireDue();
    const old = this.get(id);
    if (old.graph !== 'instant') {
      throw invalidField('graph', `Only instant bookings can be rescheduled; this one is ${old.graph}`);
    }
    if (!nextState(old.graph, old.state, 'reschedule_by_customer')) {
      throw invalidField('state', `A ${old.state} booking can not be rescheduled`);
    }
    const { store, clock } = this.deps;
    const fresh = buildBooking(store, clock.now(), {
      graph: 'instant',
      resource_id: change.resource_id ?? old.resource_id,
      calendar_id: change.resource_id && change.resource_id !== old.resource_id ? undefined : (old.calendar_id ?? undefined),
      project_id: old.project_id ?? undefined,
      start: change.start,
      end: change.end,
      what: old.what,
      where: old.where,
      description: old.description,
      customer: old.customer ? { ...old.customer } : undefined,
      meta: { ...old.meta, rescheduled_from: old.id },
    });
    const hold = change.hold_id === undefined ? null : this.claimHold(change.hold_id, fresh);
    this.assertFree(fresh, new Set(hold ? [old.id, hold.id] : [old.id]));
    this.move(old, 'rescheduled_by_customer');
    store.putBooking(fresh);
    if (hold) this.deps.holds!.converted(hold, fresh);
    this.entered(fresh);
    return fresh;
  }

  /** Deletes a booking in a final state; 422 otherwise. */
  delete(id: string): void {
    const booking = this.get(id);
    if (!isFinal(booking.state)) {
      throw invalidField(
        'state',
        `Only bookings in a final state can be deleted; this one is ${booking.state} (apply one of: ${availableActions(booking.graph, booking.state).join(', ')})`,
      );
    }
    this.deps.store.deleteBooking(id);
  }

  /** Merges `meta` into the booking's metadata. */
  mergeMeta(id: string, meta: Record<string, unknown>): StoredBooking {
    const booking = this.get(id);
    booking.meta = { ...booking.meta, ...meta };
    booking.updated_at = this.deps.clock.now();
    return booking;
  }

  /** The booking with this id (after due timeouts ran); `not_found` otherwise. */
  get(id: string): StoredBooking {
    this.expireDue();
    return this.deps.store.find('bookings', id);
  }

  /** Times out every payment booking tentative for 5 minutes or more, and ends expired holds. Cheap; run before reads. */
  expireDue(): void {
    this.deps.holds?.expireDue();
    const now = this.deps.clock.now();
    for (const id of this.pendingPayments) {
      const b = this.deps.store.bookings.get(id);
      if (!b || b.state !== 'tentative') {
        this.pendingPayments.delete(id);
      } else if (now - b.state_changed_at >= PAYMENT_TIMEOUT_MS) {
        this.pendingPayments.delete(id);
        this.move(b, 'unpaid');
      }
    }
  }

  private assertFree(booking: StoredBooking, except: Set<string>): void {
    assertFree(this.deps.store, this.deps.clock.now(), booking, except);
  }

  private move(booking: StoredBooking, to: BookingState): void {
    const now = this.deps.clock.now();
    const freesSeats = takesSeats(booking.graph, booking.state) && !takesSeats(booking.graph, to);
    booking.state = to;
    booking.state_changed_at = now;
    booking.updated_at = now;
    this.entered(booking);
    const owner = freesSeats && booking.owner_booking_id ? this.deps.store.bookings.get(booking.owner_booking_id) : undefined;
    if (owner?.state === 'tentative') this.deps.onSeatsFreed?.(owner.id, booking.seats);
  }

  private entered(booking: StoredBooking): void {
    if (isPaymentGraph(booking.graph) && booking.state === 'tentative') {
      this.pendingPayments.add(booking.id);
      this.deps.scheduler.setTimeout(() => this.expireDue(), PAYMENT_TIMEOUT_MS);
    }
    try {
      this.deps.onStateEntered?.(booking);
    } catch {
      // A listener failing (a webhook bug) must never undo or fail a booking.
    }
  }
}
