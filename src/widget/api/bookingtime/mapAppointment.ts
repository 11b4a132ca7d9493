import type { Appointment } from '../../../wire/bookingtime';
import type { Booking } from '../../../wire/index';
import { resourceName } from './mapTemplate';

/**
 * An APPOINTMENT as the widget's booking (confirmation, calendar export, callbacks): instant
 * graph, `confirmed` or `cancelled`, the customer's name joined. Pure.
 * @example appointmentToBooking(appointment).state // 'confirmed'
 */
export function appointmentToBooking(a: Appointment): Booking {
  const c = a.customer;
  const resource = a.bookingResourceList?.[0];
  return {
    id: a.id,
    graph: 'instant',
    state: a.canceled ? 'cancelled' : 'confirmed',
    completed: false,
    possible_actions: [],
    available_actions: [],
    created_at: a.start,
    updated_at: a.start,
    attributes: { event_info: { start: a.start, end: a.end, what: a.name, where: '', description: a.description ?? '' } },
    customers: c
      ? [
          {
            name: [c.firstName, c.lastName].filter(Boolean).join(' '),
            email: c.email ?? '',
            phone: c.mobile ?? null,
            timezone: a.timeZone,
            first_name: c.firstName,
            last_name: c.lastName,
          },
        ]
      : [],
    meta: { bookingtime: { organizationId: a.organizationId, moved: a.moved } },
    resource: resource ? { id: resource.id, name: resourceName(resource) } : { id: '', name: '' },
  };
}
