import type { Appointment, BookingResource, BookingTemplate } from '../../wire/bookingtime';
import { parseDuration } from '../domain/durations';
import type { Store } from '../domain/store';
import type { StoredBooking, StoredProject, StoredResource } from '../domain/types';
import { isoInZone } from '../views/time';
import { moduleId } from './ids';

/** A resource as a BOOKING_RESOURCE (an employee). */
export function resourceView(r: StoredResource): BookingResource {
  return {
    class: 'BOOKING_RESOURCE',
    id: moduleId('bookingResource', r.id),
    customId: r.id,
    type: 'EMPLOYEE',
    name: r.name,
    firstName: r.first_name,
    lastName: r.last_name,
    gender: null,
    title: null,
    description: null,
    image: r.image,
    additionalData: null,
  };
}

/** A project's booking length in minutes (its `availability.length`, else one hour as Timekit). */
export function templateMinutes(p: StoredProject): number {
  const parsed = parseDuration(p.availability.length ?? '1 hour');
  return parsed.ok ? Math.round(parsed.value / 60_000) : 60;
}

/**
 * A project as a BOOKING_TEMPLATE: `booking.what`/`description` as name and description, the
 * length as duration, its resources as one booking step. Email is always required (the store's
 * bookings need one); a mobile number when the project's `phone` field is required. The price when
 * the project has one (`booking.price: {gross, currency, tax_rate?}`, our choice: Timekit has none).
 */
export function templateView(store: Store, p: StoredProject): BookingTemplate {
  const price = p.booking.price as { gross?: unknown; currency?: unknown; tax_rate?: unknown } | undefined;
  const gross = typeof price?.gross === 'number' ? price.gross : null;
  const resources = p.resources.flatMap((id) => {
    const r = store.resources.get(id);
    return r ? [resourceView(r)] : [];
  });
  return {
    class: 'BOOKING_TEMPLATE',
    id: moduleId('bookingTemplate', p.id),
    customId: p.slug,
    name: p.booking.what || p.name,
    nameI18nList: null,
    image: null,
    duration: templateMinutes(p),
    showPrice: gross !== null,
    priceGross: gross,
    currency: gross !== null && typeof price?.currency === 'string' ? price.currency : null,
    taxRate: gross !== null && typeof price?.tax_rate === 'number' ? price.tax_rate : null,
    description: p.booking.description ?? '',
    descriptionI18nList: null,
    appointmentAddressRequired: false,
    customerAddressRequired: false,
    customerEmailRequired: true,
    customerMobileRequired: !!p.customer_fields.phone?.required,
    bookingDayEarliest: 0,
    bookingDayLatest: null,
    bookingLeadTime: 0,
    address: null,
    bookingStepList: [
      { class: 'BOOKING_STEP', name: 'resource', selectionQuantity: 1, selectionDisplay: 'HIDDEN', bookingResourceList: resources },
    ],
    additionalData: null,
  };
}

/** First and last name of a stored customer: its own fields, else the name split at the last space. */
function customerNames(c: NonNullable<StoredBooking['customer']>): { firstName: string; lastName: string } {
  if (typeof c.first_name === 'string' || typeof c.last_name === 'string')
    return { firstName: String(c.first_name ?? ''), lastName: String(c.last_name ?? '') };
  const words = c.name.trim().split(/\s+/);
  const lastName = words.pop() ?? '';
  return { firstName: words.join(' '), lastName };
}

/** A booking as an APPOINTMENT, its times in its resource's zone. */
export function appointmentView(store: Store, b: StoredBooking, organizationId: string): Appointment {
  const resource = store.resources.get(b.resource_id);
  const zone = resource?.timezone ?? 'UTC';
  const c = b.customer;
  return {
    class: 'APPOINTMENT',
    id: moduleId('appointment', b.id),
    customId: b.id,
    start: isoInZone(b.start, zone),
    end: isoInZone(b.end, zone),
    duration: Math.round((b.end - b.start) / 60_000),
    timeZone: zone,
    name: b.what,
    description: b.description,
    showPrice: false,
    priceGross: null,
    taxRate: null,
    currency: null,
    customer: c
      ? {
          class: 'CUSTOMER',
          id: moduleId('customer', c.id),
          ...customerNames(c),
          email: c.email,
          mobile: c.phone,
          notes: typeof c.comment === 'string' ? c.comment : null,
        }
      : null,
    address: null,
    canceled: b.state.startsWith('cancelled'),
    moved: b.state === 'rescheduled_by_customer' || typeof b.meta.rescheduled_from === 'string',
    bookingResourceList: resource ? [resourceView(resource)] : [],
    organizationId,
  };
}
