import { Hono } from 'hono';
import type { AvailabilityMode, Constraint, Slot } from '../../wire';
import { computeAvailability, type EngineResource } from '../domain/availability';
import { addUtcMonths } from '../domain/durations';
import { busyIntervals } from '../domain/slots';
import type { StoredResource } from '../domain/types';
import { widgetRoute } from '../http/access';
import { isRecord, readJsonObject } from '../http/body';
import type { ApiEnv } from '../http/env';
import { Fields } from '../http/fields';
import type { Services } from '../services';
import { isoInZone } from '../views/time';
import { readConstraints } from './constraints';

const MODES: readonly AvailabilityMode[] = ['roundrobin_random', 'roundrobin_prioritized', 'mutual'];
const MIN_STEP_MS = 5 * 60_000;
const FOUR_WEEKS_MS = 28 * 86_400_000;
const MAX_RESOURCES = 100;

/** `POST /availability`: validates the body (project settings as defaults), asks the engine, formats slots. */
export function availabilityRoutes(s: Services): Hono<ApiEnv> {
  const r = new Hono<ApiEnv>({ strict: false });
  const { store } = s;

  r.post('/', widgetRoute, async (c) => {
    const body = await readJsonObject(c);
    const now = s.clock.now();
    s.bookings.expireDue();
    const head = new Fields(body);
    const projectId = head.string('project_id');
    const project = projectId !== undefined ? store.projects.get(projectId) : undefined;
    if (projectId !== undefined && !project) head.add('project_id', `Project ${projectId} does not exist`);
    head.done();

    // The project's saved settings are defaults; every key the body sends wins.
    const merged: Record<string, unknown> = { ...(project?.availability ?? {}), ...body };
    if (!Object.hasOwn(body, 'resources') && project) merged.resources = project.resources;
    const f = new Fields(merged);

    const resources: StoredResource[] = [];
    const list = f.array('resources');
    if (!list || list.length === 0) f.add('resources', 'is required: a list of resource ids (or a project_id with resources)');
    else if (list.length > MAX_RESOURCES) f.add('resources', `must list at most ${MAX_RESOURCES} resources`);
    else {
      list.forEach((entry, i) => {
        const id = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
        const found = id !== null ? store.resources.get(id) : undefined;
        if (id === null) f.add('resources', `item ${i} must be a resource id or { "id": … }`);
        else if (!found) f.add('resources', `Resource ${id} does not exist`);
        else if (!resources.includes(found)) resources.push(found);
      });
    }
    const mode = f.oneOf('mode', MODES) ?? 'roundrobin_random';
    const lengthMs = f.duration('length', MIN_STEP_MS) ?? 3_600_000;
    const incrementMs = f.duration('timeslot_increments', MIN_STEP_MS) ?? lengthMs;
    const bufferMs = f.duration('buffer') ?? 0;
    const from = f.timestamp('from', now) ?? now;
    const to = f.timestamp('to', now) ?? from + FOUR_WEEKS_MS;
    if (f.has('to') && !f.errors.to && !f.errors.from) {
      if (to <= from) f.add('to', 'must be after from');
      else if (to > addUtcMonths(from, 6)) f.add('to', 'must be at most 6 months after from');
    }
    const roundToNearestHour = f.boolean('round_to_nearest_hour') ?? false;
    f.boolean('ignore_all_day_events');
    const zone = f.timeZone('output_timezone') ?? 'UTC';
    const requestConstraints = readConstraints(f, 'constraints') ?? [];
    f.done();

    const constraints: Constraint[] = [...requestConstraints, ...(project?.availability_constraints ?? [])];
    const engineResources: EngineResource[] = resources.map((x) => ({
      id: x.id,
      name: x.name,
      timezone: x.timezone,
      constraints: x.availability_constraints,
    }));
    const slots = computeAvailability({
      resources: engineResources,
      busy: busyIntervals(
        store,
        resources.map((x) => x.id),
      ),
      mode,
      from,
      to,
      lengthMs,
      incrementMs,
      bufferMs,
      roundToNearestHour,
      constraints,
      now,
      random: s.random,
    });
    const byId = new Map(resources.map((x) => [x.id, x]));
    const data: Slot[] = [...slots]
      .sort((a, b) => a.start - b.start)
      .map((slot) => ({
        start: isoInZone(slot.start, zone),
        end: isoInZone(slot.end, zone),
        resources: slot.resourceIds.flatMap((id) => {
          const res = byId.get(id);
          return res ? [{ id: res.id, name: res.name, timezone: res.timezone }] : [];
        }),
      }));
    return c.json({ data });
  });

  return r;
}
