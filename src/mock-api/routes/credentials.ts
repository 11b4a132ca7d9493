import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { notFoundError } from '../http/errors';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { StoredCredential } from '../domain/types';
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
    const expires = f.string('expires', { max: 64 });
    if (type === 'client-token' && !(scopes.length === 1 && scopes[0] === 'widget')) {
      f.add('scopes', 'a client-token takes exactly ["widget"]');
    }
    f.done();
    const prefix = store.app.test_mode ? 'test' : 'live';
    const kind = type === 'client-token' ? 'widget_key' : 'api_key';
    const credential: StoredCredential = {
      id: store.newId(),
      type: type!,
      token: `${prefix}_${kind}_${randomBytes(16).toString('hex')}`,
      scopes,
      referrer: referrer?.length ? referrer : null,
      expires: expires ?? null,
    };
    store.credentials.set(credential.id, credential);
    return c.json({ data: renderCredential(credential) }, 201);
  });

  r.delete('/:id', (c) => {
    const id = c.req.param('id');
    if (!store.credentials.delete(id)) throw notFoundError('Credential');
    return c.body(null, 204);
  });

  return r;
}
