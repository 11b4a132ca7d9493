import { Hono } from 'hono';
import { widgetRoute } from '../http/access';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { renderWaitlistEntry } from '../views/holds';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Waitlists of full group sessions (our choice; Timekit has none), under `/bookings/groups`:
 * `POST /:id/waitlist {name, email}` (widget key) joins, `GET /:id/waitlist` (app key) lists.
 */
export function waitlistRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });

  r.post('/:id/waitlist', widgetRoute, async (c) => {
    const f = new Fields(await readJsonObject(c));
    const name = f.string('name', { required: true, max: 200 });
    const email = f.string('email', { required: true, max: 320 });
    if (email !== undefined && email.trim() && !EMAIL.test(email.trim()))
      f.add('email', `"${email.slice(0, 100)}" is not an email address`);
    f.done();
    s.bookings.expireDue();
    const joined = s.waitlist.join(c.req.param('id'), { name: name!, email: email! });
    // A visitor learns their place, never who else is on the list (nor, for a repeat, the stored name).
    const data = {
      id: joined.entry.id,
      session_id: joined.entry.owner_booking_id,
      position: joined.position,
      already_joined: !joined.created,
    };
    return c.json({ data }, joined.created ? 201 : 200);
  });

  r.get('/:id/waitlist', (c) => {
    const list = s.waitlist.list(c.req.param('id'));
    return c.json(
      paginate(
        c,
        list.map((e, i) => renderWaitlistEntry(e, i + 1)),
      ),
    );
  });

  return r;
}
