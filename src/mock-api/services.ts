import { BookingService } from './domain/bookings';
import type { Clock, Scheduler } from './domain/clock';
import { createCredential } from './domain/records';
import { Store } from './domain/store';
import type { StoredApp } from './domain/types';
import { WebhookDispatcher } from './domain/webhooks';
import { IdempotencyCache } from './http/idempotency';
import { renderBooking } from './views/booking';

/** The running core the routes share: one per mock API instance, never module-level. */
export interface Services {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  random: () => number;
  bookings: BookingService;
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
}): Services {
  const store = new Store(o.app);
  const webhooks = new WebhookDispatcher({
    store,
    clock: o.clock,
    scheduler: o.scheduler,
    fetch: o.fetch,
    render: (b) => renderBooking(store, b),
  });
  const bookings = new BookingService({
    store,
    clock: o.clock,
    scheduler: o.scheduler,
    onStateEntered: (b) => void webhooks.notify(b),
  });
  createCredential(store, { type: 'server-token', token: o.keys.appKey, scopes: [], referrer: null, expires: null });
  createCredential(store, { type: 'client-token', token: o.keys.widgetKey, scopes: ['widget'], referrer: null, expires: null });
  return { store, clock: o.clock, scheduler: o.scheduler, random: o.random, bookings, webhooks, keys: o.keys, idempotency: new IdempotencyCache(o.clock) };
}
