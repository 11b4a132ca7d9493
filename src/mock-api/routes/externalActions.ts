import { Hono, type Context } from 'hono';
import { CUSTOMER_CANCEL, customerActions, LINK_ACTIONS, linkProblem, type LinkUse } from '../domain/customerLinks';
import type { StoredBooking } from '../domain/types';
import { publicRoute } from '../http/access';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { forbidden, invalid } from '../http/errors';
import { Fields } from '../http/fields';
import type { Services } from '../services';
import { linkView } from './bookingView';
import { renderBooking } from '../views/booking';

/**
 * Signed customer links, no key needed (our choice of rules; see the README's "Customer links"):
 * `…/external_action/manage?signature=…` reads the booking; `…/cancel` cancels it
 * (`cancel_by_customer`, optional `reason`); `…/reschedule` reads it, and with `start`/`end` (query
 * or JSON body) moves it. A `manage` signature works on all three paths; a `cancel` or `reschedule`
 * signature on its own path only. Every refusal of the signature is a 403 that changes nothing.
 */
export function externalActionRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });

  r.on(['GET', 'POST'], '/:id/external_action/:action', publicRoute, async (c) => {
    const id = c.req.param('id');
    const action = c.req.param('action');
    if (!(LINK_ACTIONS as readonly string[]).includes(action)) {
      throw invalid('action', `A customer link can ${LINK_ACTIONS.join(', ')}, not "${action.slice(0, 100)}"`);
    }
    const body = c.req.method === 'POST' ? await readJsonObject(c) : {};
    const f = new Fields({ start: c.req.query('start'), end: c.req.query('end'), reason: c.req.query('reason'), ...body });
    const now = s.clock.now();
    const start = f.timestamp('start', now);
    const end = f.timestamp('end', now);
    const reason = f.string('reason', { max: 5000 });
    const holdId = f.string('hold_id', { max: 100 });
    if ((start === undefined) !== (end === undefined)) f.add(start === undefined ? 'start' : 'end', 'is required with the other one');
    if (start !== undefined && end !== undefined && end <= start) f.add('end', 'must be after start');
    const use: LinkUse = action === 'cancel' ? 'cancel' : action === 'reschedule' && start !== undefined ? 'reschedule' : 'read';
    // The signature is checked before the body's meaning, so a bad link never learns more than "no".
    s.bookings.expireDue();
    const problem = linkProblem(s.keys.appKey, c.req.query('signature'), id, s.store.bookings.get(id), use, now);
    if (problem) throw forbidden(problem);
    const booking = s.bookings.get(id); // a signed link to a deleted booking: 404
    f.done();
    if (use === 'cancel') {
      if (!customerActions(booking, now).includes('cancel')) {
        throw invalid(
          'action',
          `This ${booking.state} ${booking.graph} booking can not be cancelled from its link; allowed: ${customerActions(booking, now).join(', ') || 'nothing'}`,
        );
      }
      const cancelled = s.bookings.act(id, CUSTOMER_CANCEL);
      if (reason !== undefined) s.bookings.mergeMeta(id, { [`${CUSTOMER_CANCEL}_message`]: reason });
      return c.json({ data: linkAnswer(c, s, cancelled) });
    }
    if (use === 'reschedule')
      return c.json({ data: linkAnswer(c, s, s.bookings.reschedule(id, { start: start!, end: end!, hold_id: holdId })) }, 201);
    return c.json({ data: linkAnswer(c, s, booking) });
  });

  return r;
}

/** A booking as a link holder sees it, with what they may do now (`customer_actions`). */
function linkAnswer(c: Context, s: Services, b: StoredBooking) {
  return { ...renderBooking(s.store, b, linkView(c, s)), customer_actions: customerActions(b, s.clock.now()) };
}
