import { Hono } from 'hono';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import { createResource, deleteResource, updateResource } from '../domain/resources';
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

  r.get('/', (c) =>
    c.json(
      paginate(
        c,
        [...store.resources.values()].map((x) => renderResource(store, x)),
      ),
    ),
  );

  r.post('/', async (c) => {
    const input = readResource(new Fields(await readJsonObject(c)), false);
    const resource = createResource(store, s.clock.now(), { ...input, name: input.name!, timezone: input.timezone! });
    return c.json({ data: renderResource(store, resource) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderResource(store, store.find('resources', c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const id = store.find('resources', c.req.param('id')).id;
    const input = readResource(new Fields(await readJsonObject(c)), true);
    return c.json({ data: renderResource(store, updateResource(store, s.clock.now(), id, input)) });
  });

  r.delete('/:id', (c) => {
    deleteResource(store, c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}
