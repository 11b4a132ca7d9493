import { Hono } from 'hono';
import { parseSearch, matchesSearch } from '../domain/search';
import { isFinal } from '../domain/graphs';
import type { ApiEnv } from '../http/env';
import { widgetRoute } from '../http/access';
import { invalid } from '../http/errors';
import { paginate } from '../http/paginate';
import { requestTimeZone } from '../http/request';
import type { Services } from '../services';
import { renderGroupSession } from '../views/booking';
import { waitlistRoutes } from './waitlist';

/** `GET /bookings/groups[?search=project.id:…]` and `GET /bookings/groups/:id`: group owners, sorted by start. */
export function groupRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.get('/', widgetRoute, (c) => {
    const zone = requestTimeZone(c);
    const search = parseSearch(c.req.query('search'));
    if (!search.ok) throw invalid('search', search.message);
    s.bookings.expireDue();
    const owners = [...store.bookings.values()]
      .filter((b) => b.graph === 'group_owner' && matchesSearch(b, search.value, isFinal(b.state)))
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    return c.json(
      paginate(
        c,
        owners.map((b) => renderGroupSession(store, b, zone)),
      ),
    );
  });

  r.get('/:id', widgetRoute, (c) => {
    const zone = requestTimeZone(c);
    s.bookings.expireDue();
    const b = store.find('bookings', c.req.param('id'), (x) => x.graph === 'group_owner', 'Group booking');
    return c.json({ data: renderGroupSession(store, b, zone) });
  });

  r.route('/', waitlistRoutes(s));

  return r;
}
