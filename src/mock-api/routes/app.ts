import { Hono } from 'hono';
import { inviteToApp } from '../domain/records';
import type { ApiEnv } from '../http/env';
import { readJsonObject } from '../http/body';
import { Fields } from '../http/fields';
import type { Services } from '../services';
import { isoInZone } from '../views/time';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `GET /app` and `POST /app/invite`. */
export function appRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const app = s.store.app;

  r.get('/', (c) =>
    c.json({
      data: {
        id: app.id,
        slug: app.slug,
        test_mode: app.test_mode,
        // Our choice: the app key may read the secret that signs webhooks, to verify them.
        webhook_secret: app.webhook_secret,
        settings: { name: app.name },
      },
    }),
  );

  r.post('/invite', async (c) => {
    const f = new Fields(await readJsonObject(c));
    const email = f.string('email', { required: true, max: 320 });
    if (email !== undefined && !EMAIL.test(email.trim())) f.add('email', `"${email}" is not an email address`);
    f.done();
    const invite = inviteToApp(s.store, s.clock.now(), email!.trim());
    return c.json({ data: { email: invite.email, invited_at: isoInZone(invite.invited_at, 'UTC') } }, 201);
  });

  return r;
}
