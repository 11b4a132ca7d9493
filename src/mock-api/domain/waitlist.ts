import type { Clock } from './clock';
import { invalidField } from './errors';
import { takesSeats } from './graphs';
import { currentSeats } from './seats';
import type { Store } from './store';
import type { StoredBooking, StoredWaitlistEntry } from './types';

/** Most people one session's waitlist takes (our choice). */
export const MAX_WAITLIST = 500;

/** What the waitlist needs from outside. */
export interface WaitlistDeps {
  store: Store;
  clock: Clock;
  /** Tells the owner (a webhook) that `seats` freed up at `session` and names `entries`, first come first. */
  notify?: (session: StoredBooking, seats: number, entries: Array<StoredWaitlistEntry & { position: number }>) => void;
}

/**
 * Waitlists of full group sessions (our choice; Timekit has none): people join a sold-out session,
 * and when seats free up the first people not yet named are named in a webhook, one per seat.
 */
export class WaitlistService {
  constructor(private readonly deps: WaitlistDeps) {}

  /**
   * Puts a person on the list of session `ownerId`. Only an open, sold-out session that has not
   * started takes joiners (422 on `session` otherwise); the same e-mail again (any case) gives the
   * existing entry back with `created: false`.
   */
  join(ownerId: string, person: { name: string; email: string }): { entry: StoredWaitlistEntry; position: number; created: boolean } {
    const { store, clock } = this.deps;
    const owner = store.find('bookings', ownerId, (b) => b.graph === 'group_owner', 'Group booking');
    const list = store.waitlists.get(owner.id) ?? [];
    const email = person.email.trim();
    const known = list.findIndex((e) => e.email.toLowerCase() === email.toLowerCase());
    if (known !== -1) return { entry: list[known], position: known + 1, created: false };
    if (owner.state !== 'tentative') throw invalidField('session', `This session is ${owner.state}; its waitlist is closed`);
    if (clock.now() >= owner.start) throw invalidField('session', 'This session has started; its waitlist is closed');
    const left = (owner.max_seats ?? 0) - currentSeats(store, owner.id);
    if (left > 0) throw invalidField('session', `This session still has ${left} seat${left === 1 ? '' : 's'} left; book a seat instead`);
    if (list.length >= MAX_WAITLIST) throw invalidField('session', `This waitlist is full (${MAX_WAITLIST} people)`);
    const entry: StoredWaitlistEntry = {
      id: store.newId(),
      owner_booking_id: owner.id,
      name: person.name.trim(),
      email,
      created_at: clock.now(),
      notified_at: null,
    };
    list.push(entry);
    store.waitlists.set(owner.id, list);
    return { entry, position: list.length, created: true };
  }

  /** The list of session `ownerId` in joining order (404 when it is no group session). */
  list(ownerId: string): StoredWaitlistEntry[] {
    const owner = this.deps.store.find('bookings', ownerId, (b) => b.graph === 'group_owner', 'Group booking');
    return this.deps.store.waitlists.get(owner.id) ?? [];
  }

  /**
   * `seats` seats freed up at session `ownerId`: names the first people not yet named, as many as
   * seats are free now (at most `seats`), marks them notified and calls `notify`. Nothing when the
   * session is not open or nobody is left to name.
   */
  seatsFreed(ownerId: string, seats: number): void {
    const { store, clock } = this.deps;
    const owner = store.bookings.get(ownerId);
    const list = store.waitlists.get(ownerId);
    if (!owner || owner.state !== 'tentative' || !list?.length) return;
    const free = Math.min(seats, (owner.max_seats ?? 0) - currentSeats(store, owner.id));
    if (free <= 0) return;
    const named = list
      .map((e, i) => ({ ...e, position: i + 1 }))
      .filter((e) => e.notified_at === null)
      .slice(0, free);
    if (!named.length) return;
    const now = clock.now();
    for (const e of named) {
      const stored = list[e.position - 1];
      stored.notified_at = now;
      e.notified_at = now;
    }
    this.deps.notify?.(owner, free, named);
  }

  /** A seat booked at a session takes its customer off that session's waitlist. */
  booked(seat: StoredBooking): void {
    if (!seat.owner_booking_id || !seat.customer || !takesSeats(seat.graph, seat.state)) return;
    const list = this.deps.store.waitlists.get(seat.owner_booking_id);
    if (!list) return;
    const email = seat.customer.email.toLowerCase();
    const kept = list.filter((e) => e.email.toLowerCase() !== email);
    if (kept.length !== list.length) this.deps.store.waitlists.set(seat.owner_booking_id, kept);
  }
}
