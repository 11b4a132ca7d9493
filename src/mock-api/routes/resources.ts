import { Hono } from 'hono';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { notFoundError } from '../http/errors';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { StoredResource } from '../domain/types';
import type { Services } from '../services';
import { renderResource } from '../views/records';
import { readConstraints } from './constraints';

/** Reads the writable resource fields; `partial` for PUT (nothing required). */
function readResource(f: Fields, partial: boolean): Partial<StoredResource> {
  const out: Partial<StoredResource> = {
    name: f.string('name', { required: !partial, max: 200 }),
    timezone: f.timeZone('timezone', !partial),
    email: f.string('email', { max: 320 }),
    first_name: f.string('first_name', { max: 200 }),
    last_name: f.string('last_name', { max: 200 }),
    image: f.string('image', { max: 2000 }),
    tags: f.strings('tags'),
    meta: f.object('meta'),
    availability_constraints: readConstraints(f, 'availability_constraints'),
  };
  f.done();
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

/** Resources CRUD; a new resource gets a primary calendar. */
export function resourceRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;
  const find = (id: string) => {
    const res = store.resources.get(id);
    if (!res) throw notFoundError('Resource');
    return res;
  };

  r.get('/', (c) => c.json(paginate(c, [...store.resources.values()].map((x) => renderResource(store, x)))));

  r.post('/', async (c) => {
    const input = readResource(new Fields(await readJsonObject(c)), false);
    const now = s.clock.now();
    const resource: StoredResource = {
      id: store.newId(),
      name: input.name!,
      timezone: input.timezone!,
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
    const calendarId = store.newId();
    store.calendars.set(calendarId, {
      id: calendarId,
      resource_id: resource.id,
      name: resource.name,
      description: null,
      primary: true,
      created_at: now,
    });
    return c.json({ data: renderResource(store, resource) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderResource(store, find(c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const resource = find(c.req.param('id'));
    const input = readResource(new Fields(await readJsonObject(c)), true);
    Object.assign(resource, input, { updated_at: s.clock.now() });
    return c.json({ data: renderResource(store, resource) });
  });

  r.delete('/:id', (c) => {
    const id = find(c.req.param('id')).id;
    store.resources.delete(id);
    for (const [calId, cal] of store.calendars) if (cal.resource_id === id) store.calendars.delete(calId);
    for (const p of store.projects.values()) p.resources = p.resources.filter((x) => x !== id);
    return c.body(null, 204);
  });

  return r;
}
