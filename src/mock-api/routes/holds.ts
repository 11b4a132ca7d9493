import { Hono, type Context } from 'hono';
import { DEFAULT_HOLD_MS, MAX_HOLD_MS, MIN_HOLD_MS, type NewHold } from '../domain/holds';
import { parseDuration } from '../domain/durations';
import type { StoredProject } from '../domain/types';
import { widgetRoute } from '../http/access';
import { readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import { paginate } from '../http/paginate';
import { requestTimeZone } from '../http/request';
import type { Services } from '../services';
import { renderHold } from '../views/holds';

/**
 * Holds (our choice; Timekit has none): `POST /holds` holds a time
 * (`{resource_id?, project_id?, start, end, duration?}`) or seats of a group session
 * (`{owner_booking_id, seats?, duration?}`); `GET /holds/:id` reads it, `DELETE /holds/:id`
 * releases it; `POST /bookings {…, hold_id}` converts it. `GET /holds` lists live holds (app key).
 */
export function holdRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.get('/', (c) => {
    const zone = requestTimeZone(c);
    s.bookings.expireDue();
    const live = [...store.holds.values()].sort((a, b) => a.created_at - b.created_at);
    return c.json(
      paginate(
        c,
        live.map((h) => renderHold(store, h, zone)),
      ),
    );
  });

  r.post('/', widgetRoute, async (c) => {
    const zone = requestTimeZone(c);
    const f = new Fields(await readJsonObject(c));
    const now = s.clock.now();
    const ownerId = f.string('owner_booking_id', { max: 100 });
    const projectId = f.string('project_id', { max: 100 });
    const project = projectId === undefined ? undefined : store.projects.get(projectId);
    if (projectId !== undefined && !project) f.add('project_id', `Project ${projectId} does not exist`);
    let durationMs = f.duration('duration', MIN_HOLD_MS);
    if (durationMs !== undefined && durationMs > MAX_HOLD_MS) f.add('duration', `must be at most ${MAX_HOLD_MS / 60_000} minutes`);
    const holder = holderOf(c);
    let input: NewHold;
    if (ownerId !== undefined) {
      const seats = f.integer('seats', 1, 10_000) ?? 1;
      for (const key of ['resource_id', 'start', 'end'])
        if (f.has(key)) f.add(key, "a seat hold takes its session's time; send owner_booking_id and seats only");
      f.done();
      const owner = store.bookings.get(ownerId);
      durationMs ??= projectHold(owner?.project_id ? store.projects.get(owner.project_id) : undefined);
      input = { kind: 'seats', owner_booking_id: ownerId, seats, project_id: null, durationMs, holder };
    } else {
      let resourceId = f.string('resource_id', { max: 100 });
      if (resourceId === undefined && project?.resources.length === 1) resourceId = project.resources[0];
      if (resourceId === undefined) f.add('resource_id', 'is required (or owner_booking_id for seats of a group session)');
      const start = f.timestamp('start', now, true);
      const end = f.timestamp('end', now, true);
      if (start !== undefined && end !== undefined && end <= start) f.add('end', 'must be after start');
      f.done();
      durationMs ??= projectHold(project);
      input = { kind: 'time', resource_id: resourceId!, project_id: project?.id ?? null, start: start!, end: end!, durationMs, holder };
    }
    s.bookings.expireDue();
    return c.json({ data: renderHold(store, s.holds.create(input), zone) }, 201);
  });

  r.get('/:id', widgetRoute, (c) => {
    const zone = requestTimeZone(c);
    s.bookings.expireDue();
    return c.json({ data: renderHold(store, s.holds.get(c.req.param('id')), zone) });
  });

  r.delete('/:id', widgetRoute, (c) => {
    s.bookings.expireDue();
    s.holds.release(c.req.param('id'));
    return c.body(null, 204);
  });

  return r;
}

/** A project's `booking.hold` (e.g. `"5 minutes"`) within the limits, else the default. */
function projectHold(project: StoredProject | undefined): number {
  const parsed = project?.booking.hold === undefined ? null : parseDuration(project.booking.hold);
  return parsed?.ok && parsed.value >= MIN_HOLD_MS && parsed.value <= MAX_HOLD_MS ? parsed.value : DEFAULT_HOLD_MS;
}

/**
 * Who asks for a hold, for the per-holder limit: the connection's address when served over HTTP.
 * Not the `Origin` header: anyone can send any, and counting by it let one client take every hold
 * of the server. In process (tests, no socket), the `Origin` stands in for the caller.
 */
function holderOf(c: Context<ApiEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = env?.incoming?.socket?.remoteAddress;
  return address ?? `in-process|${c.req.header('origin') ?? ''}`;
}
