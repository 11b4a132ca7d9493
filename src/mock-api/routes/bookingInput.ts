import { GRAPHS } from '../../wire';
import { MAX_SEATS_LIMIT, type CustomerInput, type NewBooking } from '../domain/newBooking';
import type { Caller } from '../http/env';
import { forbidden } from '../http/errors';
import { Fields } from '../http/fields';

const KNOWN_CUSTOMER = new Set(['name', 'email', 'phone', 'timezone']);

function readCustomer(f: Fields): CustomerInput | undefined {
  const c = f.nested('customer');
  if (!c) return undefined;
  const out: CustomerInput = {
    name: c.string('name', { max: 500 }),
    email: c.string('email', { max: 320 }),
    phone: c.string('phone', { max: 100 }),
    timezone: c.timeZone('timezone'),
  };
  // Custom fields ride along untouched (Booking.js sends the project's customer_fields here).
  for (const [key, value] of Object.entries(c.source)) if (!KNOWN_CUSTOMER.has(key)) out[key] = value;
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CustomerInput;
}

/**
 * Reads a `POST /bookings` body (flat or with the older nested `event{}`) into a `NewBooking`,
 * checking types only; the domain checks meaning. Throws 422 naming every bad field.
 */
export function readNewBooking(body: Record<string, unknown>, now: number, caller: Caller): NewBooking {
  const f = new Fields(body);
  const event = f.nested('event');
  const pick = <T>(read: (x: Fields) => T | undefined, key: string): T | undefined =>
    f.has(key) || !event?.has(key) ? read(f) : read(event);

  const settings = f.nested('settings');
  const related = f.nested('related');
  const input: NewBooking = {
    graph: f.oneOf('graph', GRAPHS),
    action: f.string('action', { max: 100 }),
    resource_id: f.string('resource_id', { max: 100 }),
    project_id: f.string('project_id', { max: 100 }),
    calendar_id: pick((x) => x.string('calendar_id', { max: 100 }), 'calendar_id'),
    start: pick((x) => x.timestamp('start', now), 'start'),
    end: pick((x) => x.timestamp('end', now), 'end'),
    what: pick((x) => x.string('what', { max: 5000 }), 'what'),
    where: pick((x) => x.string('where', { max: 5000 }), 'where'),
    description: pick((x) => x.string('description', { max: 20_000 }), 'description'),
    customer: readCustomer(f),
    allow_double_bookings: settings?.boolean('allow_double_bookings'),
    max_seats: settings?.integer('max_seats', 1, MAX_SEATS_LIMIT),
    owner_booking_id: related?.string('owner_booking_id', { max: 100 }),
    seats: related?.integer('seats', 1, MAX_SEATS_LIMIT),
    meta: f.object('meta'),
    hold_id: f.string('hold_id', { max: 100 }),
  };
  f.done();
  if (caller.kind !== 'app' && input.allow_double_bookings) {
    throw forbidden('settings.allow_double_bookings needs the app key; a widget key can only book free slots');
  }
  if (caller.kind !== 'app' && input.graph === 'group_owner') {
    throw forbidden('A widget key can not create group sessions (group_owner); use the app key');
  }
  return input;
}
