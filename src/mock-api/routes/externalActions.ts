import { Hono } from 'hono';
import { verifyActionToken } from '../domain/signatures';
import { publicRoute } from '../http/access';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { forbidden, invalid } from '../http/errors';
import { Fields } from '../http/fields';
import type { Services } from '../services';
import { LINK_ACTIONS, render } from './bookingView';

/**
 * Signed customer links, no key needed: `…/external_action/cancel?signature=…` cancels
 * (`cancel_by_customer`); `…/external_action/reschedule?signature=…` shows the booking, and with
 * `start`/`end` (query or JSON body) moves it like `POST /bookings/:id/reschedule`.
 */
export function externalActionRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });

  r.on(['GET', 'POST'], '/:id/external_action/:action', publicRoute, async (c) => {
    const id = c.req.param('id');
    const action = c.req.param('action');
    const claims = verifyActionToken(s.keys.appKey, c.req.query('signature'));
    if (!claims || claims.booking_id !== id || claims.action !== action) {
      throw forbidden('This link is not valid for this booking and action; use the link from your confirmation');
    }
    if (!(LINK_ACTIONS as readonly string[]).includes(action)) {
      throw invalid('action', `A customer link can ${LINK_ACTIONS.join(' or ')}, not "${action}"`);
    }
    if (action === 'cancel') return c.json({ data: render(c, s, s.bookings.act(id, 'cancel_by_customer')) });
    const body = c.req.method === 'POST' ? await readJsonObject(c) : {};
    const f = new Fields({ start: c.req.query('start'), end: c.req.query('end'), ...body });
    const now = s.clock.now();
    const start = f.timestamp('start', now);
    const end = f.timestamp('end', now);
    if ((start === undefined) !== (end === undefined)) f.add(start === undefined ? 'start' : 'end', 'is required with the other one');
    if (start !== undefined && end !== undefined && end <= start) f.add('end', 'must be after start');
    f.done();
    if (start === undefined || end === undefined) return c.json({ data: render(c, s, s.bookings.get(id)) });
    return c.json({ data: render(c, s, s.bookings.reschedule(id, { start, end })) }, 201);
  });

  return r;
}
