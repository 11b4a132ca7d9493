import { Hono } from 'hono';
import type { StoredProject } from '../domain/types';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { notFoundError } from '../http/errors';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderProject } from '../views/records';
import { readProject } from './projectInput';

/** Projects CRUD plus the widget's `embed/:id` and `hosted/:slug` views. */
export function projectRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;
  const find = (id: string) => {
    const p = store.projects.get(id);
    if (!p) throw notFoundError('Project');
    return p;
  };
  // The widget gets its own key back, never the app key.
  const widgetKeyOf = (caller: ApiEnv['Variables']['caller']) => (caller.kind === 'widget' ? caller.token : s.keys.widgetKey);

  r.get('/embed/:id', (c) => c.json({ data: renderProject(find(c.req.param('id')), widgetKeyOf(c.get('caller'))) }));

  r.get('/hosted/:slug', (c) => {
    const p = store.projectBySlug(c.req.param('slug'));
    if (!p) throw notFoundError('Project');
    return c.json({ data: renderProject(p, widgetKeyOf(c.get('caller'))) });
  });

  r.get('/', (c) => c.json(paginate(c, [...store.projects.values()].map((p) => renderProject(p)))));

  r.post('/', async (c) => {
    const now = s.clock.now();
    const input = readProject(new Fields(await readJsonObject(c)), store, now, false);
    const project: StoredProject = {
      id: store.newId(),
      name: input.name!,
      slug: input.slug!,
      resources: input.resources ?? [],
      availability: input.availability ?? {},
      availability_constraints: input.availability_constraints ?? [],
      booking: input.booking ?? {},
      customer_fields: input.customer_fields ?? {},
      ui: input.ui ?? {},
      created_at: now,
      updated_at: now,
    };
    store.projects.set(project.id, project);
    return c.json({ data: renderProject(project) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderProject(find(c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const project = find(c.req.param('id'));
    const now = s.clock.now();
    const input = readProject(new Fields(await readJsonObject(c)), store, now, true, project.id);
    Object.assign(project, input, { updated_at: now });
    return c.json({ data: renderProject(project) });
  });

  r.delete('/:id', (c) => {
    store.projects.delete(find(c.req.param('id')).id);
    return c.body(null, 204);
  });

  return r;
}
