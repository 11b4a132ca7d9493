import { moduleRangeEnd, type ModuleLocale } from '../../wire/bookingtime';
import { computeAvailability, type EngineSlot } from '../domain/availability';
import { utcToWall, wallToUtc } from '../domain/availability/zoneOffset';
import { parseDuration } from '../domain/durations';
import { busyIntervals } from '../domain/slots';
import type { StoredProject } from '../domain/types';
import type { Services } from '../services';
import { refuse, text } from './errors';

const DAY = 86_400_000;
const ms = (value: string | undefined, fallback: number) => {
  const parsed = value === undefined ? null : parseDuration(value);
  return parsed?.ok ? parsed.value : fallback;
};

/** The zone a template's ranges are read in: its first resource's, else UTC. */
export function templateZone(s: Services, p: StoredProject): string {
  return s.store.resources.get(p.resources[0] ?? '')?.timezone ?? 'UTC';
}

/** `yyyy-MM-dd` of a wall-clock millisecond value. */
const dayKey = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/**
 * The instants `[from, to)` of wall-clock days `[firstDay, endDay)` in `zone`, clipped to what the
 * Module API offers: from now to the end of next year. Refused (422, naming `parameter` and the
 * range) when nothing of it lies inside.
 */
export function clipRange(
  s: Services,
  zone: string,
  firstDay: number,
  endDay: number,
  parameter: string,
  locale: ModuleLocale,
): { from: number; to: number } {
  const now = s.clock.now();
  const today = dayKey(utcToWall(zone, now));
  const last = moduleRangeEnd(today);
  const limit = wallToUtc(zone, Date.parse(last) + DAY);
  const from = Math.max(now, wallToUtc(zone, firstDay));
  const to = Math.min(limit, wallToUtc(zone, endDay));
  if (from >= to || wallToUtc(zone, endDay) <= wallToUtc(zone, Date.parse(today)))
    throw refuse(422, parameter, text(locale, 'out_of_range', { from: today, to: last }));
  return { from, to };
}

/**
 * Free starts of a project's template in `[from, to)` by the same engine and rules as
 * `POST /availability` with that project: its resources, mode, length, increments, buffer and
 * constraints, the blocking bookings. A slot may end after `to` (listings go by start).
 */
export function templateSlots(s: Services, p: StoredProject, from: number, to: number): EngineSlot[] {
  const a = p.availability;
  const lengthMs = ms(a.length, 3_600_000);
  const resources = p.resources.flatMap((id) => {
    const r = s.store.resources.get(id);
    return r ? [{ id: r.id, name: r.name, timezone: r.timezone, constraints: r.availability_constraints }] : [];
  });
  if (!resources.length || from >= to) return [];
  s.bookings.expireDue();
  const slots = computeAvailability({
    resources,
    busy: busyIntervals(
      s.store,
      resources.map((r) => r.id),
    ),
    mode: a.mode ?? 'roundrobin_random',
    from,
    to: to + lengthMs,
    lengthMs,
    incrementMs: ms(a.timeslot_increments, lengthMs),
    bufferMs: ms(a.buffer, 0),
    roundToNearestHour: a.round_to_nearest_hour ?? false,
    constraints: p.availability_constraints,
    now: s.clock.now(),
    random: s.random,
  });
  return [...slots].filter((x) => x.start < to).sort((x, y) => x.start - y.start);
}
