import { Hono } from 'hono';
import { createCalendar, deleteCalendar, updateCalendar } from '../domain/resources';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderCalendar } from '../views/records';

/** Calendars CRUD. At most one primary calendar per resource: a new primary demotes the old. */
export function calendarRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.get('/', (c) => c.json(paginate(c, [...store.calendars.values()].map(renderCalendar))));

  r.post('/', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const resourceId = f.string('resource_id', { required: true, max: 100 });
    const name = f.string('name', { required: true, max: 200 });
    const description = f.string('description', { max: 2000 });
    const primary = f.boolean('primary');
    if (resourceId !== undefined && !store.resources.has(resourceId)) f.add('resource_id', `Resource ${resourceId} does not exist`);
    f.done();
    const cal = createCalendar(store, s.clock.now(), { resource_id: resourceId!, name: name!, description, primary });
    return c.json({ data: renderCalendar(cal) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderCalendar(store.find('calendars', c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const id = store.find('calendars', c.req.param('id')).id;
    const f = new Fields(await readJsonObject(c));
    const name = f.string('name', { max: 200, nonEmpty: true });
    const description = f.string('description', { max: 2000 });
    const primary = f.boolean('primary');
    f.done();
    return c.json({ data: renderCalendar(updateCalendar(store, id, { name, description, primary })) });
  });

  r.delete('/:id', (c) => {
    deleteCalendar(store, c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}
