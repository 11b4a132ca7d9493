import { randomUUID } from 'node:crypto';
import { notFound } from './errors';
import type {
  StoredApp,
  StoredBooking,
  StoredCalendar,
  StoredCredential,
  StoredHold,
  StoredProject,
  StoredResource,
  StoredWaitlistEntry,
  StoredWebhook,
  WebhookDelivery,
} from './types';

/** The tables `find` reads, with the name a 404 gives each (`Booking does not exist`). */
const RECORD_NAMES = {
  resources: 'Resource',
  calendars: 'Calendar',
  credentials: 'Credential',
  projects: 'Project',
  bookings: 'Booking',
  webhooks: 'Webhook',
  holds: 'Hold',
} as const;

/** A table of the store that `find` reads. */
export type Table = keyof typeof RECORD_NAMES;
type RecordOf<T extends Table> = Store[T] extends Map<string, infer R> ? R : never;

/**
 * Everything the mock API knows, in memory. Plain Maps keyed by id, plus an index of seats by owner.
 * Only the domain services write to it; routes read it.
 */
export class Store {
  readonly resources = new Map<string, StoredResource>();
  readonly calendars = new Map<string, StoredCalendar>();
  readonly credentials = new Map<string, StoredCredential>();
  readonly projects = new Map<string, StoredProject>();
  readonly bookings = new Map<string, StoredBooking>();
  readonly webhooks = new Map<string, StoredWebhook>();
  readonly deliveries: WebhookDelivery[] = [];
  /** Live holds by id (expired ones are removed by `HoldService.expireDue`). */
  readonly holds = new Map<string, StoredHold>();
  /** Waitlist entries per group owner booking id, in the order people joined. */
  readonly waitlists = new Map<string, StoredWaitlistEntry[]>();
  /** owner booking id → ids of its seat bookings. */
  readonly seatsByOwner = new Map<string, Set<string>>();

  constructor(readonly app: StoredApp) {}

  /**
   * The record `id` of `table`, or a `not_found` refusal (answered 404 `{"error": "Project does not
   * exist"}`). `accept` narrows what counts as found, `what` renames it (`Group booking`).
   * @example store.find('projects', id)
   */
  find<T extends Table>(table: T, id: string, accept?: (record: RecordOf<T>) => boolean, what: string = RECORD_NAMES[table]): RecordOf<T> {
    const found = (this[table] as Map<string, RecordOf<T>>).get(id);
    if (found === undefined || (accept && !accept(found))) throw notFound(what);
    return found;
  }

  /** A fresh UUID. */
  newId(): string {
    return randomUUID();
  }

  /** Adds or replaces a booking, keeping the seat index right. */
  putBooking(booking: StoredBooking): void {
    this.bookings.set(booking.id, booking);
    if (booking.owner_booking_id) {
      const set = this.seatsByOwner.get(booking.owner_booking_id) ?? new Set<string>();
      set.add(booking.id);
      this.seatsByOwner.set(booking.owner_booking_id, set);
    }
  }

  /** Removes a booking and its seat index entry. */
  deleteBooking(id: string): void {
    const booking = this.bookings.get(id);
    if (!booking) return;
    this.bookings.delete(id);
    if (booking.owner_booking_id) this.seatsByOwner.get(booking.owner_booking_id)?.delete(id);
  }

  /** The seat bookings of a group owner. */
  seatBookings(ownerId: string): StoredBooking[] {
    const ids = this.seatsByOwner.get(ownerId);
    if (!ids) return [];
    return [...ids].flatMap((id) => this.bookings.get(id) ?? []);
  }

  /** The credential with this token, if any. */
  credentialByToken(token: string): StoredCredential | undefined {
    for (const c of this.credentials.values()) if (c.token === token) return c;
    return undefined;
  }

  /** The project with this slug, if any. */
  projectBySlug(slug: string): StoredProject | undefined {
    for (const p of this.projects.values()) if (p.slug === slug) return p;
    return undefined;
  }
}
