import { Hono } from 'hono';
import type { Services } from '../services';
import { moduleRoutes } from './routes';
import { tokenRoutes, TokenStore } from './tokens';

/**
 * bookingtime's Module API (`/module/v3/{en|de}/organization/{id}/…`) and its token endpoint
 * (`/oauth/token`) over the mock's store: mount with `app.route('/', moduleApi(services))`.
 * @example app.route('/', moduleApi(services))
 */
export function moduleApi(s: Services): Hono {
  const tokens = new TokenStore(() => s.clock.now());
  const app = new Hono({ strict: false });
  app.route('/oauth/token', tokenRoutes(s, tokens));
  app.route('/module/v3', moduleRoutes(s, tokens));
  return app;
}
