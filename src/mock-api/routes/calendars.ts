import { Hono } from 'hono';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { notFoundError } from '../http/errors';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { StoredCalendar } from '../domain/types';
import type { Services } from '../services';
import { renderCalendar } from '../views/records';

/** Calendars CRUD. At most one primary calendar per resource: a new primary demotes the old. */
export function calendarRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;
  const find = (id: string) => {
    const cal = store.calendars.get(id);
    if (!cal) throw notFoundError('Calendar');
    return cal;
  };
  const makePrimary = (cal: StoredCalendar) => {
    for (const other of store.calendars.values()) if (other.resource_id === cal.resource_id) other.primary = other === cal;
  };

  r.get('/', (c) => c.json(paginate(c, [...store.calendars.values()].map(renderCalendar))));

  r.post('/', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const resourceId = f.string('resource_id', { required: true });
    const name = f.string('name', { required: true, max: 200 });
    const description = f.string('description', { max: 2000 });
    const primary = f.boolean('primary');
    if (resourceId !== undefined && !store.resources.has(resourceId)) f.add('resource_id', `Resource ${resourceId} does not exist`);
    f.done();
    const cal: StoredCalendar = {
      id: store.newId(),
      resource_id: resourceId!,
      name: name!,
      description: description ?? null,
      primary: primary ?? false,
      created_at: s.clock.now(),
    };
    store.calendars.set(cal.id, cal);
    if (cal.primary) makePrimary(cal);
    return c.json({ data: renderCalendar(cal) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderCalendar(find(c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const cal = find(c.req.param('id'));
    const f = new Fields(await readJsonObject(c));
    const name = f.string('name', { max: 200, nonEmpty: true });
    const description = f.string('description', { max: 2000 });
    const primary = f.boolean('primary');
    f.done();
    if (name !== undefined) cal.name = name;
    if (description !== undefined) cal.description = description;
    if (primary === true) makePrimary(cal);
    else if (primary === false) cal.primary = false;
    return c.json({ data: renderCalendar(cal) });
  });

  r.delete('/:id', (c) => {
    store.calendars.delete(find(c.req.param('id')).id);
    return c.body(null, 204);
  });

  return r;
}
