import type { Constraint } from '../../wire';
import { computeAvailability, validateConstraint } from './availability';
import { parseDuration } from './durations';
import { invalidField } from './errors';
import { busyIntervals } from './slots';
import type { Store } from './store';
import type { StoredBooking, StoredProject } from './types';

/** The time a booking asks for: its resource, its project (whose settings apply) and its span. */
export type TimeRequest = Pick<StoredBooking, 'resource_id' | 'project_id' | 'start' | 'end'>;

/**
 * The project's availability defaults that `POST /availability` applies when a request does not
 * override them: its `availability_constraints`, `availability.constraints` and `availability.buffer`.
 */
export function projectDefaults(project: StoredProject | undefined): { constraints: Constraint[]; bufferMs: number } {
  if (!project) return { constraints: [], bufferMs: 0 };
  const settings = project.availability as Record<string, unknown>;
  const own =
    Array.isArray(settings.constraints) && settings.constraints.every((x) => validateConstraint(x) === null)
      ? (settings.constraints as Constraint[])
      : [];
  const buffer = settings.buffer === undefined ? null : parseDuration(settings.buffer);
  return { constraints: [...own, ...project.availability_constraints], bufferMs: buffer?.ok ? buffer.value : 0 };
}

/**
 * True when the availability engine offers `[start, end)` for the resource: inside its open time
 * (the resource's and the project's constraints), clear of every blocking booking but those in
 * `except`, widened by the project's buffer, and not in the past. The engine is asked with
 * `from = start`, `to = end` and a 1 ms grid, so the one slot it can name is exactly this one:
 * the same code decides what `POST /availability` lists and what may be booked.
 */
export function isFree(store: Store, now: number, t: TimeRequest, except: ReadonlySet<string> = new Set(), withBookings = true): boolean {
  const resource = store.resources.get(t.resource_id);
  if (!resource || !(t.end > t.start)) return false;
  const { constraints, bufferMs } = projectDefaults(t.project_id ? store.projects.get(t.project_id) : undefined);
  const busy = withBookings ? busyIntervals(store, [resource.id], except) : new Map();
  const slots = computeAvailability({
    resources: [{ id: resource.id, name: resource.name, timezone: resource.timezone, constraints: resource.availability_constraints }],
    busy,
    mode: 'roundrobin_prioritized',
    from: t.start,
    to: t.end,
    lengthMs: t.end - t.start,
    incrementMs: 1,
    bufferMs,
    roundToNearestHour: false,
    constraints,
    now,
    random: () => 0,
  });
  return slots.some((slot) => slot.start === t.start);
}

/**
 * Refuses a time the availability engine would not offer, with a 422 on `start` saying why: in
 * the past, taken (a booking or its buffer), or outside the resource's open time.
 */
export function assertFree(store: Store, now: number, t: TimeRequest, except: ReadonlySet<string> = new Set()): void {
  if (isFree(store, now, t, except)) return;
  const name = store.resources.get(t.resource_id)?.name ?? t.resource_id;
  if (t.start < now) throw invalidField('start', 'This time is in the past; pick a later slot');
  if (isFree(store, now, t, except, false)) throw invalidField('start', `This time is no longer available for ${name}; pick another slot`);
  throw invalidField('start', `${name} is not available at this time (outside their open hours); pick a time POST /availability offers`);
}
