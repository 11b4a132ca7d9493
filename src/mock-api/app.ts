import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { authMiddleware } from './http/auth';
import type { ApiEnv } from './http/env';
import { errorAnswer } from './http/errors';
import { requestLimits } from './http/limits';
import { moduleApi } from './module';
import { appRoutes } from './routes/app';
import { availabilityRoutes } from './routes/availability';
import { bookingRoutes } from './routes/bookings';
import { calendarRoutes } from './routes/calendars';
import { credentialRoutes } from './routes/credentials';
import { holdRoutes } from './routes/holds';
import { projectRoutes } from './routes/projects';
import { resourceRoutes } from './routes/resources';
import { webhookRoutes } from './routes/webhooks';
import type { Services } from './services';

/** Request headers a browser may send cross-origin (Booking.js and our widget use these). */
export const CORS_ALLOW_HEADERS = [
  'authorization',
  'content-type',
  'timekit-context',
  'timekit-timezone',
  'timekit-outputtimestampformat',
  'timekit-inputtimestampformat',
  'timekit-app',
  'idempotency-key',
];

/** The whole `/v2` API: CORS, auth, one sub-app per resource, errors shaped once. */
export function buildApp(s: Services): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>({ strict: false });

  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: CORS_ALLOW_HEADERS,
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (s.store.app.test_mode) c.header('Timekit-TestMode', 'true');
  });
  app.use('*', requestLimits());
  app.use(
    '/v2/*',
    authMiddleware(s.store, () => s.clock.now()),
  );

  app.route('/v2/app', appRoutes(s));
  app.route('/v2/resources', resourceRoutes(s));
  app.route('/v2/calendars', calendarRoutes(s));
  app.route('/v2/credentials', credentialRoutes(s));
  app.route('/v2/projects', projectRoutes(s));
  app.route('/v2/availability', availabilityRoutes(s));
  app.route('/v2/bookings', bookingRoutes(s));
  app.route('/v2/holds', holdRoutes(s));
  app.route('/v2/webhooks', webhookRoutes(s));
  app.route('/', moduleApi(s)); // bookingtime's Module API and /oauth/token over the same store

  app.get('/', (c) => c.json({ data: { name: 'Timekit v2-compatible mock API', base: '/v2' } }));
  app.notFound((c) => c.json({ error: `Route ${c.req.method} ${c.req.path} does not exist` }, 404));
  app.onError((err, c) => {
    const answer = errorAnswer(err);
    if (!answer) console.error('[mock-api] unexpected error', err);
    const { status, body } = answer ?? { status: 500, body: { error: 'Internal error in the mock API; this is a bug, please report it' } };
    const res = c.json(body, status as 400);
    if (s.store.app.test_mode) res.headers.set('Timekit-TestMode', 'true');
    return res;
  });
  return app;
}
