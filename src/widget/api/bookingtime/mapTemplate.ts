import type { BookingResource, BookingTemplate } from '../../../wire/bookingtime';
import type { CustomerField, Project } from '../../../wire/index';

/** A booking resource's display name: its name, else first and last name. */
export function resourceName(r: Pick<BookingResource, 'name' | 'firstName' | 'lastName'>): string {
  return r.name || [r.firstName, r.lastName].filter(Boolean).join(' ');
}

/** Every booking resource of a template, once, in step order. */
export function templateResources(t: BookingTemplate): BookingResource[] {
  const seen = new Map<string, BookingResource>();
  for (const step of t.bookingStepList ?? []) for (const r of step.bookingResourceList ?? []) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}

/** The name or description in the widget's language when the template has it. */
const localized = (list: Record<string, string> | null | undefined, locale: string, fallback: string) => list?.[locale] || fallback || '';

/**
 * A booking template as the project the widget loads: name and description as the event, the
 * duration as `availability.length`, its resources, and the form's fields from the template's
 * `customer…Required` flags (a name always; email, phone when required; a comment for notes). The
 * price rides along in `booking.price` (the details show it). Pure.
 * @example templateToProject(template, 'en').availability.length // '30 minutes'
 */
export function templateToProject(t: BookingTemplate, locale: string): Project {
  const name = localized(t.nameI18nList, locale, t.name);
  const description = localized(t.descriptionI18nList, locale, t.description);
  const resources = templateResources(t);
  const fields: Record<string, CustomerField> = {
    name: { required: true },
    email: { format: 'email', required: !!t.customerEmailRequired },
  };
  if (t.customerMobileRequired) fields.phone = { format: 'tel', required: true };
  fields.comment = { format: 'textarea', required: false };
  return {
    id: t.id,
    name,
    slug: t.id,
    resources: resources.map((r) => r.id),
    availability: { length: `${t.duration} minutes` },
    availability_constraints: [],
    booking: {
      graph: 'instant',
      what: name,
      where: '',
      description,
      ...(t.showPrice && t.priceGross !== null
        ? { price: { gross: t.priceGross, currency: t.currency ?? 'EUR', tax_rate: t.taxRate } }
        : {}),
    },
    customer_fields: fields,
    ui: { display_name: resources.length === 1 ? resourceName(resources[0]) : name },
  };
}
