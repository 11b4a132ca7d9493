import { Hono } from 'hono';
import { GRAPHS, type BookingState } from '../../wire';
import { FINAL_STATES } from '../domain/graphs';
import { createWebhook, deleteWebhook } from '../domain/records';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderDelivery, renderWebhook } from '../views/records';

const STATES: readonly BookingState[] = ['confirmed', 'tentative', 'paid', ...FINAL_STATES];

/** `POST/GET /webhooks`, `DELETE /webhooks/:id`, and `GET /webhooks/:id/deliveries` (our choice). */
export function webhookRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.get('/', (c) => c.json(paginate(c, [...store.webhooks.values()].map(renderWebhook))));

  r.post('/', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const url = f.string('url', { required: true, max: 2000 });
    const graph = f.oneOf('graph', GRAPHS);
    const state = f.oneOf('state', STATES);
    f.oneOf('method', ['post'] as const);
    const event = f.oneOf('event', ['booking', 'waitlist'] as const);
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) f.add('url', 'must be an http(s) URL');
    f.done();
    const hook = createWebhook(store, s.clock.now(), { url: url!, graph: graph ?? null, state: state ?? null, event });
    return c.json({ data: renderWebhook(hook) }, 201);
  });

  r.get('/:id/deliveries', (c) => {
    const id = store.find('webhooks', c.req.param('id')).id;
    return c.json(paginate(c, store.deliveries.filter((d) => d.webhook_id === id).map(renderDelivery)));
  });

  r.delete('/:id', (c) => {
    deleteWebhook(store, c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}
