import { Hono } from 'hono';
import { GRAPHS, type BookingState } from '../../wire';
import { FINAL_STATES } from '../domain/graphs';
import type { StoredWebhook } from '../domain/types';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { notFoundError } from '../http/errors';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderDelivery, renderWebhook } from '../views/records';

const STATES: readonly BookingState[] = ['confirmed', 'tentative', 'paid', ...FINAL_STATES];

/** `POST/GET /webhooks`, `DELETE /webhooks/:id`, and `GET /webhooks/:id/deliveries` (our choice). */
export function webhookRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;
  const find = (id: string) => {
    const hook = store.webhooks.get(id);
    if (!hook) throw notFoundError('Webhook');
    return hook;
  };

  r.get('/', (c) => c.json(paginate(c, [...store.webhooks.values()].map(renderWebhook))));

  r.post('/', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const url = f.string('url', { required: true, max: 2000 });
    const graph = f.oneOf('graph', GRAPHS);
    const state = f.oneOf('state', STATES);
    f.oneOf('method', ['post'] as const);
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) f.add('url', 'must be an http(s) URL');
    f.done();
    const hook: StoredWebhook = {
      id: store.newId(),
      url: url!,
      graph: graph ?? null,
      state: state ?? null,
      method: 'post',
      created_at: s.clock.now(),
    };
    store.webhooks.set(hook.id, hook);
    return c.json({ data: renderWebhook(hook) }, 201);
  });

  r.get('/:id/deliveries', (c) => {
    const id = find(c.req.param('id')).id;
    return c.json(paginate(c, store.deliveries.filter((d) => d.webhook_id === id).map(renderDelivery)));
  });

  r.delete('/:id', (c) => {
    store.webhooks.delete(find(c.req.param('id')).id);
    return c.body(null, 204);
  });

  return r;
}
