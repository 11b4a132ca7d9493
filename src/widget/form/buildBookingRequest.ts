import { forwardedParams } from './forwardedParams';
import type { CreateBookingRequest, Customer } from '../../wire/index';
import type { ResolvedConfig } from '../config/types';
import { mergeConfig } from '../config/mergeConfig';
import type { WidgetSlot } from '../time/slots';
import { toIsoInZone } from '../time/zone';
import type { FieldValue, FormValues } from './fields';

const NATIVE = ['name', 'email', 'location', 'comment', 'phone', 'voip'];

const text = (v: FieldValue | undefined) => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));

/**
 * The flat `POST /bookings` body Booking.js v3 sends: start/end in the customer's zone, what/where
 * (unless a project supplies them), a description of the answers, the customer with custom fields,
 * the resource, `project_id` when set, group `related` in group mode, then `booking.*` on top. Pure.
 * @example buildBookingRequest({ config, slot, values: { name: 'Marty', email: 'm@x.io' }, timeZone: 'Europe/Berlin' })
 */
export function buildBookingRequest(input: {
  config: ResolvedConfig;
  slot: WidgetSlot;
  values: FormValues;
  timeZone: string;
  seats?: number;
  search?: string;
}): CreateBookingRequest {
  const { config, slot, timeZone } = input;
  const values = { ...input.values };
  if (values.first_name !== undefined || values.last_name !== undefined)
    values.name = `${text(values.first_name)} ${text(values.last_name)}`.trim();
  const name = text(values.name);
  const fields = config.customer_fields;
  const customer: Customer = { name, email: text(values.email).trim(), timezone: timeZone };
  if (values.first_name !== undefined) customer.first_name = text(values.first_name);
  if (values.last_name !== undefined) customer.last_name = text(values.last_name);
  let description = `${fields.name?.title ?? 'Name'}: ${name}\n${'Email'}: ${customer.email}\n`;
  const req: CreateBookingRequest = {
    start: toIsoInZone(new Date(slot.start), timeZone),
    end: toIsoInZone(new Date(slot.end), timeZone),
    description: '',
    customer,
    graph: config.booking.graph,
  };
  if (config.project_id) req.project_id = config.project_id;
  else Object.assign(req, { where: 'TBD', what: `Meeting with ${name}` });
  for (const key of ['location', 'comment', 'phone', 'voip']) {
    if (!fields[key] || values[key] === undefined) continue;
    customer[key === 'location' ? 'where' : key] = text(values[key]);
    if (key === 'location') req.where = text(values[key]);
    else description += `${fields[key].title ?? key}: ${text(values[key])}\n`;
  }
  for (const [key, field] of Object.entries(fields)) {
    if (NATIVE.includes(key) || field.format === 'label' || values[key] === undefined) continue;
    customer[key] = values[key];
    description += `${field.title ?? key}: ${text(values[key])}\n`;
  }
  req.description = description;
  if (slot.group) {
    req.resource_id = slot.group.resourceId;
    req.related = { owner_booking_id: slot.group.id, ...(input.seats ? { seats: input.seats } : {}) };
  } else {
    req.resource_id = slot.resources[0]?.id;
  }
  // Campaign attribution (`ui.forward_query_params`): the page's utm_* (and listed) parameters in `meta`.
  const forwarded = forwardedParams(config.ui.forward_query_params, input.search ?? '');
  // `booking.hold` is the widget's setting (how long to hold a time), not a field of the booking.
  const { hold: _hold, ...booking } = config.booking;
  return mergeConfig<CreateBookingRequest>(req, booking, Object.keys(forwarded).length ? { meta: forwarded } : undefined);
}
