import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/**
 * Marks a route the widget key may call, where the route is declared:
 * `r.post('/', widgetRoute, handler)`. Every route without it needs the app key (our choice: a
 * widget key gets 403 anywhere else, unknown paths included).
 */
export const widgetRoute: MiddlewareHandler = async (_c, next) => next();

/** Marks a route that needs no key at all (the signed customer links: the signature is the key). */
export const publicRoute: MiddlewareHandler = async (_c, next) => next();

/** Who may call a route: anyone, the widget key (and the app key), or the app key only. */
export type RouteAccess = 'public' | 'widget' | 'app';

/**
 * The access of the route this request reached: read off the marker placed right before its
 * handler. The first matched route of a method (not a `use` middleware) is the one that answers.
 */
export function routeAccess(c: Context): RouteAccess {
  const first = matchedRoutes(c).find((route) => route.method !== 'ALL');
  if (first?.handler === publicRoute) return 'public';
  if (first?.handler === widgetRoute) return 'widget';
  return 'app';
}
