import { Hono } from 'hono';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import { createCredential, deleteCredential } from '../domain/records';
import type { Services } from '../services';
import { renderCredential } from '../views/records';

const TYPES = ['client-token', 'server-token'] as const;

/** `GET/POST /credentials`, `DELETE /credentials/:id`. A new credential works at once. */
export function credentialRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.get('/', (c) => c.json(paginate(c, [...store.credentials.values()].map(renderCredential))));

  r.post('/', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const type = f.oneOf('type', TYPES, true);
    const scopes = f.strings('scopes') ?? (type === 'client-token' ? ['widget'] : []);
    const referrer = f.strings('referrer');
    // When the key stops working (`/v2` answers 401 from then on, as `/oauth/token` does): a timestamp like any other.
    const expires = f.timestamp('expires', s.clock.now());
    if (type === 'client-token' && !(scopes.length === 1 && scopes[0] === 'widget')) {
      f.add('scopes', 'a client-token takes exactly ["widget"]');
    }
    f.done();
    const credential = createCredential(store, {
      type: type!,
      scopes,
      referrer: referrer?.length ? referrer : null,
      expires: expires === undefined ? null : new Date(expires).toISOString(),
    });
    return c.json({ data: renderCredential(credential) }, 201);
  });

  r.delete('/:id', (c) => {
    deleteCredential(store, c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}
