import { Hono } from 'hono';
import { createProject, deleteProject, updateProject } from '../domain/records';
import { widgetRoute } from '../http/access';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderProject } from '../views/records';
import { readProject } from './projectInput';

/** Projects CRUD plus the widget's `embed/:id` and `hosted/:slug` views. */
export function projectRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;
  // The widget gets its own key back, never the app key.
  const widgetKeyOf = (caller: ApiEnv['Variables']['caller']) => (caller.kind === 'widget' ? caller.token : s.keys.widgetKey);

  r.get('/embed/:id', widgetRoute, (c) =>
    c.json({ data: renderProject(store.find('projects', c.req.param('id')), widgetKeyOf(c.get('caller'))) }),
  );

  r.get('/hosted/:slug', widgetRoute, (c) => {
    const p = store.find('projects', store.projectBySlug(c.req.param('slug'))?.id ?? '');
    return c.json({ data: renderProject(p, widgetKeyOf(c.get('caller'))) });
  });

  r.get('/', (c) =>
    c.json(
      paginate(
        c,
        [...store.projects.values()].map((p) => renderProject(p)),
      ),
    ),
  );

  r.post('/', async (c) => {
    const now = s.clock.now();
    const input = readProject(new Fields(await readJsonObject(c)), store, now, false);
    const project = createProject(store, now, { ...input, name: input.name!, slug: input.slug! });
    return c.json({ data: renderProject(project) }, 201);
  });

  r.get('/:id', (c) => c.json({ data: renderProject(store.find('projects', c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const id = store.find('projects', c.req.param('id')).id;
    const now = s.clock.now();
    const input = readProject(new Fields(await readJsonObject(c)), store, now, true, id);
    return c.json({ data: renderProject(updateProject(store, now, id, input)) });
  });

  r.delete('/:id', (c) => {
    deleteProject(store, c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}
