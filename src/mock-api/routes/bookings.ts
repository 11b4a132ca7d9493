import { Hono, type Context } from 'hono';
import { isFinal } from '../domain/graphs';
import { matchesSearch, parseSearch } from '../domain/search';
import { widgetRoute } from '../http/access';
import { isRecord, readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { errorAnswer, invalid } from '../http/errors';
import { Fields } from '../http/fields';
import { fingerprint, IdempotencyCache } from '../http/idempotency';
import { paginate } from '../http/paginate';
import type { Services } from '../services';
import { readNewBooking } from './bookingInput';
import { render, viewFor } from './bookingView';
import { externalActionRoutes } from './externalActions';
import { groupRoutes } from './groups';

const MAX_BULK = 500;

/** The answer for one bulk item: its status and either the booking or the error body `onError` would give. */
function bulkItem(okStatus: 200 | 201, run: () => unknown): Record<string, unknown> {
  try {
    return { status: okStatus, data: run() };
  } catch (e) {
    const answer = errorAnswer(e);
    if (!answer) throw e;
    return { status: answer.status, ...answer.body };
  }
}

/** Bookings: create (one, bulk), list, get, actions, metadata, reschedule, delete, groups, customer links. */
export function bookingRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store, bookings } = s;

  r.route('/groups', groupRoutes(s));
  r.route('/', externalActionRoutes(s));

  r.get('/', (c) => {
    const view = viewFor(c, s);
    const search = parseSearch(c.req.query('search'));
    if (!search.ok) throw invalid('search', search.message);
    bookings.expireDue();
    const found = [...store.bookings.values()]
      .filter((b) => matchesSearch(b, search.value, isFinal(b.state)))
      .sort((a, b) => a.start - b.start || a.created_at - b.created_at);
    return c.json(
      paginate(
        c,
        found.map((b) => render(c, s, b, view)),
      ),
    );
  });

  r.post('/', widgetRoute, async (c) => {
    const view = viewFor(c, s);
    const body = await readJsonObject(c);
    const key = IdempotencyCache.keyOf(c);
    const caller = c.get('caller');
    const who = caller.kind === 'none' ? '' : caller.token;
    const print = key === undefined ? '' : fingerprint(body);
    const replay = key === undefined ? null : s.idempotency.replay(who, key, print);
    if (replay) {
      c.header('Idempotent-Replayed', 'true');
      return c.json(replay.body, replay.status as 201);
    }
    // From here to `remember` nothing awaits, so a second request with the key sees the first's answer.
    const answer = { data: render(c, s, bookings.create(readNewBooking(body, s.clock.now(), caller)), view) };
    if (key !== undefined) s.idempotency.remember(who, key, print, 201, answer);
    return c.json(answer, 201);
  });

  r.post('/bulk', async (c) => {
    const view = viewFor(c, s);
    const items = await readBulkItems(c);
    const data = items.map((item, i) =>
      bulkItem(201, () => {
        if (!isRecord(item)) throw invalid(`bookings.${i}`, 'must be a booking object');
        return render(c, s, bookings.create(readNewBooking(item, s.clock.now(), c.get('caller'))), view);
      }),
    );
    return c.json({ data });
  });

  r.put('/bulk', async (c) => {
    const view = viewFor(c, s);
    const items = await readBulkItems(c);
    const data = items.map((item, i) =>
      bulkItem(200, () => {
        if (!isRecord(item)) throw invalid(`bookings.${i}`, 'must be { "id": …, "action": … }');
        const one = new Fields(item);
        const id = one.string('id', { required: true, max: 100 });
        const action = one.string('action', { required: true, max: 100 });
        one.done();
        return render(c, s, bookings.act(id!, action!), view);
      }),
    );
    return c.json({ data });
  });

  r.get('/:id', (c) => c.json({ data: render(c, s, bookings.get(c.req.param('id'))) }));

  r.put('/:id', async (c) => {
    const view = viewFor(c, s);
    const f = new Fields(await readJsonObject(c));
    const meta = f.object('meta', true);
    f.done();
    return c.json({ data: render(c, s, bookings.mergeMeta(c.req.param('id'), meta!), view) });
  });

  r.delete('/:id', (c) => {
    bookings.delete(c.req.param('id'));
    return c.body(null, 204);
  });

  r.post('/:id/reschedule', widgetRoute, async (c) => {
    // A widget key that knows a booking id may move it (Booking.js v3), but sees no customer data.
    const view = viewFor(c, s, c.get('caller').kind === 'widget');
    const now = s.clock.now();
    const f = new Fields(await readJsonObject(c));
    const start = f.timestamp('start', now, true);
    const end = f.timestamp('end', now, true);
    const resourceId = f.string('resource_id', { max: 100 });
    const holdId = f.string('hold_id', { max: 100 });
    f.string('message', { max: 5000 });
    if (start !== undefined && end !== undefined && end <= start) f.add('end', 'must be after start');
    f.done();
    const fresh = bookings.reschedule(c.req.param('id'), { start: start!, end: end!, resource_id: resourceId, hold_id: holdId });
    return c.json({ data: render(c, s, fresh, view) }, 201);
  });

  r.put('/:id/:action', async (c) => {
    const view = viewFor(c, s);
    const action = c.req.param('action');
    const f = new Fields(await readJsonObject(c));
    const details = f.nested(action);
    const message = details?.string('message', { max: 5000 });
    const paymentId = details?.string('payment_id', { max: 500 });
    f.done();
    const booking = bookings.act(c.req.param('id'), action);
    // Our choice: the optional action details are kept in the booking's metadata.
    if (paymentId !== undefined) bookings.mergeMeta(booking.id, { payment_id: paymentId });
    if (message !== undefined) bookings.mergeMeta(booking.id, { [`${action}_message`]: message });
    return c.json({ data: render(c, s, booking, view) });
  });

  return r;
}

/** The `bookings` list of a bulk request, validated: present, an array, at most MAX_BULK items. */
async function readBulkItems(c: Context): Promise<unknown[]> {
  const f = new Fields(await readJsonObject(c));
  const items = f.array('bookings', true);
  if (items && items.length > MAX_BULK) f.add('bookings', `must hold at most ${MAX_BULK} bookings`);
  f.done();
  return items!;
}
