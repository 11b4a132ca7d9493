import { BookingService } from './bookings';
import { FakeClock } from './clock';
import { Store } from './store';
import type { StoredBooking, StoredResource } from './types';

/** 2026-03-02 (a Monday) 08:00 UTC: the fixed "now" of the domain tests. */
export const T0 = Date.parse('2026-03-02T08:00:00Z');
/** One hour in ms. */
export const H = 3_600_000;

/**
 * A store, a fake clock and a booking service recording every state entered: the domain core
 * with nothing of HTTP, for tests.
 */
export function makeCore() {
  const clock = new FakeClock(T0);
  const store = new Store({ id: 'app', slug: 'app', name: 'App', test_mode: true, webhook_secret: 'whsec', invites: [] });
  const entered: Array<[string, string]> = [];
  const bookings = new BookingService({
    store,
    clock,
    scheduler: clock,
    onStateEntered: (b: StoredBooking) => entered.push([b.id, b.state]),
  });
  const addResource = (id: string, timezone = 'Europe/Berlin'): StoredResource => {
    const r: StoredResource = {
      id,
      name: `Resource ${id}`,
      timezone,
      email: null,
      first_name: null,
      last_name: null,
      image: null,
      tags: [],
      meta: {},
      availability_constraints: [],
      created_at: T0,
      updated_at: T0,
    };
    store.resources.set(id, r);
    store.calendars.set(`cal-${id}`, { id: `cal-${id}`, resource_id: id, name: r.name, description: null, primary: true, created_at: T0 });
    return r;
  };
  const customer = { name: 'Ada', email: 'ada@example.com' };
  return { clock, store, bookings, entered, addResource, customer };
}
