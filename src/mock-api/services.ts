import { BookingService } from './domain/bookings';
import { HoldService, type HoldLimits } from './domain/holds';
import { WaitlistService } from './domain/waitlist';
import type { Clock, Scheduler } from './domain/clock';
import { createCredential } from './domain/records';
import { Store } from './domain/store';
import type { StoredApp } from './domain/types';
import { WebhookDispatcher } from './domain/webhooks';
import { IdempotencyCache } from './http/idempotency';
import { renderBooking, renderGroupSession } from './views/booking';
import { renderWaitlistEntry } from './views/holds';

/** The running core the routes share: one per mock API instance, never module-level. */
export interface Services {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  random: () => number;
  bookings: BookingService;
  /** Holds of times and seats (our choice). */
  holds: HoldService;
  /** Waitlists of full group sessions (our choice). */
  waitlist: WaitlistService;
  webhooks: WebhookDispatcher;
  keys: { appKey: string; widgetKey: string };
  /** Answers remembered per `Idempotency-Key` of `POST /bookings`. */
  idempotency: IdempotencyCache;
}

/** Wires the store, booking service and webhook dispatcher together. */
export function createServices(o: {
  app: StoredApp;
  clock: Clock;
  scheduler: Scheduler;
  fetch: typeof fetch;
  random: () => number;
  keys: { appKey: string; widgetKey: string };
  holdLimits?: HoldLimits;
}): Services {
  const store = new Store(o.app);
  const webhooks = new WebhookDispatcher({
    store,
    clock: o.clock,
    scheduler: o.scheduler,
    fetch: o.fetch,
    render: (b) => renderBooking(store, b),
  });
  const waitlist = new WaitlistService({
    store,
    clock: o.clock,
    notify: (session, seats, entries) =>
      void webhooks.notifyWaitlist(session, {
        event: 'waitlist.seats_freed',
        session: renderGroupSession(store, session),
        seats_freed: seats,
        waitlist: entries.map((e) => renderWaitlistEntry(e, e.position)),
      }),
  });
  const seatsFreed = (ownerId: string, seats: number) => waitlist.seatsFreed(ownerId, seats);
  const holds = new HoldService({ store, clock: o.clock, scheduler: o.scheduler, limits: o.holdLimits, onSeatsFreed: seatsFreed });
  const bookings = new BookingService({
    store,
    clock: o.clock,
    scheduler: o.scheduler,
    holds,
    onSeatsFreed: seatsFreed,
    onStateEntered: (b) => {
      waitlist.booked(b);
      void webhooks.notify(b);
    },
  });
  createCredential(store, { type: 'server-token', token: o.keys.appKey, scopes: [], referrer: null, expires: null });
  createCredential(store, { type: 'client-token', token: o.keys.widgetKey, scopes: ['widget'], referrer: null, expires: null });
  return {
    store,
    clock: o.clock,
    scheduler: o.scheduler,
    random: o.random,
    bookings,
    holds,
    waitlist,
    webhooks,
    keys: o.keys,
    idempotency: new IdempotencyCache(o.clock),
  };
}
