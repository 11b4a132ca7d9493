import type { AppointmentAddRequest, ModuleCustomer } from '../../../wire/bookingtime';
import type { CreateBookingRequest } from '../../../wire/index';

/**
 * A full name as first and last name: the last word is the last name, the rest the first name
 * (a single word is a last name alone).
 * @example splitName('Emmett Lathrop Brown') // { firstName: 'Emmett Lathrop', lastName: 'Brown' }
 */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lastName = words.pop() ?? '';
  return { firstName: words.join(' '), lastName };
}

/**
 * The widget's booking request as `appointment/add`: the slot's id, the customer (first/last name
 * from the form's split fields or its one name field, email, phone as `mobile`, the widget's
 * language), the comment as notes, and the custom fields in `additionalData`. Pure.
 * @example toAppointmentAdd(req, '4f…', 'en').customer.lastName // 'McFly'
 */
export function toAppointmentAdd(req: CreateBookingRequest, bookingSlotId: string, locale: string): AppointmentAddRequest {
  const c = req.customer;
  const {
    name = '',
    email,
    phone,
    comment,
    first_name,
    last_name,
    timezone: _zone,
    id: _id,
    ...custom
  } = c ?? ({} as Partial<NonNullable<typeof c>>);
  const names =
    first_name !== undefined || last_name !== undefined
      ? { firstName: String(first_name ?? ''), lastName: String(last_name ?? '') }
      : splitName(name);
  const customer: ModuleCustomer = { ...names, locale };
  if (email) customer.email = email;
  if (phone) customer.mobile = String(phone);
  const out: AppointmentAddRequest = { bookingSlotId, customer };
  if (comment) out.notes = String(comment);
  const extra = Object.fromEntries(Object.entries(custom).filter(([, v]) => v !== undefined && v !== ''));
  if (Object.keys(extra).length) out.additionalData = extra;
  return out;
}
