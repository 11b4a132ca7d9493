import type { Calendar, Credential, Project, Resource, Webhook } from '../../wire';
import type { Store } from '../domain/store';
import type { StoredCalendar, StoredCredential, StoredProject, StoredResource, StoredWebhook, WebhookDelivery } from '../domain/types';
import { isoInZone } from './time';

/** A calendar on the wire. */
export function renderCalendar(c: StoredCalendar): Calendar {
  return { id: c.id, resource_id: c.resource_id, name: c.name, description: c.description, primary: c.primary };
}

/** A resource on the wire, with its calendars. */
export function renderResource(store: Store, r: StoredResource): Resource {
  return {
    id: r.id,
    name: r.name,
    timezone: r.timezone,
    email: r.email,
    first_name: r.first_name,
    last_name: r.last_name,
    image: r.image,
    tags: r.tags,
    meta: r.meta,
    availability_constraints: r.availability_constraints,
    calendars: [...store.calendars.values()].filter((c) => c.resource_id === r.id).map(renderCalendar),
    created_at: isoInZone(r.created_at, 'UTC'),
    updated_at: isoInZone(r.updated_at, 'UTC'),
  };
}

/** A project on the wire; `appKey` is set for the widget endpoints. */
export function renderProject(p: StoredProject, appKey?: string): Project {
  const out: Project = {
    id: p.id,
    name: p.name,
    slug: p.slug,
    resources: [...p.resources],
    availability: p.availability,
    availability_constraints: p.availability_constraints,
    booking: p.booking,
    customer_fields: p.customer_fields,
    ui: p.ui,
    created_at: isoInZone(p.created_at, 'UTC'),
    updated_at: isoInZone(p.updated_at, 'UTC'),
  };
  if (appKey !== undefined) out.app_key = appKey;
  return out;
}

/** A credential on the wire. */
export function renderCredential(c: StoredCredential): Credential {
  return { id: c.id, type: c.type, token: c.token, scopes: c.scopes, referrer: c.referrer, expires: c.expires };
}

/** A webhook on the wire. */
export function renderWebhook(w: StoredWebhook): Webhook {
  // `event` (our choice) shows only on waitlist hooks, so booking hooks keep Timekit's shape.
  return { id: w.id, url: w.url, graph: w.graph, state: w.state, method: w.method, ...(w.event === 'waitlist' ? { event: w.event } : {}) };
}

/** A recorded delivery attempt on the wire. */
export function renderDelivery(d: WebhookDelivery) {
  return { ...d, at: isoInZone(d.at, 'UTC') };
}
