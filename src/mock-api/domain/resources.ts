import type { Store } from './store';
import type { StoredCalendar, StoredResource } from './types';

/** What creating a resource takes: name and zone, the rest optional (the demo seed fixes `id`). */
export type NewResource = Pick<StoredResource, 'name' | 'timezone'> & Partial<Omit<StoredResource, 'created_at' | 'updated_at'>>;

/** Creates a resource with its primary calendar (named after it). */
export function createResource(store: Store, now: number, input: NewResource): StoredResource {
  const resource: StoredResource = {
    id: input.id ?? store.newId(),
    name: input.name,
    timezone: input.timezone,
    email: input.email ?? null,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    image: input.image ?? null,
    tags: input.tags ?? [],
    meta: input.meta ?? {},
    availability_constraints: input.availability_constraints ?? [],
    created_at: now,
    updated_at: now,
  };
  store.resources.set(resource.id, resource);
  createCalendar(store, now, { resource_id: resource.id, name: resource.name, primary: true });
  return resource;
}

/** Changes the given fields of resource `id` (404 when missing). */
export function updateResource(store: Store, now: number, id: string, change: Partial<StoredResource>): StoredResource {
  const resource = store.find('resources', id);
  Object.assign(resource, change, { id: resource.id, updated_at: now });
  return resource;
}

/** Deletes resource `id` with its calendars and takes it out of every project; its bookings stay. */
export function deleteResource(store: Store, id: string): void {
  store.find('resources', id);
  store.resources.delete(id);
  for (const [calId, cal] of store.calendars) if (cal.resource_id === id) store.calendars.delete(calId);
  for (const p of store.projects.values()) p.resources = p.resources.filter((x) => x !== id);
}

/** Creates a calendar; a primary one demotes the resource's other calendars. */
export function createCalendar(
  store: Store,
  now: number,
  input: Pick<StoredCalendar, 'resource_id' | 'name'> & Partial<Pick<StoredCalendar, 'description' | 'primary'>>,
): StoredCalendar {
  store.find('resources', input.resource_id);
  const cal: StoredCalendar = {
    id: store.newId(),
    resource_id: input.resource_id,
    name: input.name,
    description: input.description ?? null,
    primary: input.primary ?? false,
    created_at: now,
  };
  store.calendars.set(cal.id, cal);
  if (cal.primary) makePrimary(store, cal);
  return cal;
}

/** Changes a calendar's name, description or primary flag (true demotes the others). */
export function updateCalendar(
  store: Store,
  id: string,
  change: Partial<Pick<StoredCalendar, 'name' | 'description' | 'primary'>>,
): StoredCalendar {
  const cal = store.find('calendars', id);
  if (change.name !== undefined) cal.name = change.name;
  if (change.description !== undefined) cal.description = change.description;
  if (change.primary === true) makePrimary(store, cal);
  else if (change.primary === false) cal.primary = false;
  return cal;
}

/** Deletes calendar `id` (404 when missing). */
export function deleteCalendar(store: Store, id: string): void {
  store.calendars.delete(store.find('calendars', id).id);
}

/** At most one primary calendar per resource. */
function makePrimary(store: Store, cal: StoredCalendar): void {
  for (const other of store.calendars.values()) if (other.resource_id === cal.resource_id) other.primary = other === cal;
}
