/**
 * Helpers for this folder's tests only (no `.test` suffix so vitest does not run it as a suite).
 * They lean on date-fns-tz, an implementation independent of the engine's own zone code.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { computeAvailability } from './computeAvailability';
import type { AvailabilityQuery, EngineResource, EngineSlot } from './types';

/** Minutes, hours in ms. */
export const MIN = 60_000;
export const HOUR = 3_600_000;

/**
 * The instant of wall-clock `local` (`"2026-03-29 09:00"`) in `zone`, via date-fns-tz.
 * @example at('2026-03-29 09:00', 'Europe/Berlin') // Date.UTC(2026, 2, 29, 7)
 */
export function at(local: string, zone: string): number {
  return fromZonedTime(local.replace(' ', 'T'), zone).getTime();
}

/** `"yyyy-MM-dd HH:mm"` of `utc` in `zone`, via date-fns-tz. */
export function wall(utc: number, zone: string, pattern = 'yyyy-MM-dd HH:mm'): string {
  return formatInTimeZone(utc, zone, pattern);
}

/** A resource with no constraints of its own unless given. */
export function resource(id: string, timezone: string, constraints: EngineResource['constraints'] = []): EngineResource {
  return { id, name: id.toUpperCase(), timezone, constraints };
}

/** A query over one local day of the first resource's zone with 1 h slots on a 1 h grid. */
export function dayQuery(day: string, overrides: Partial<AvailabilityQuery> = {}): AvailabilityQuery {
  const resources = overrides.resources ?? [resource('a', 'Europe/Berlin')];
  const zone = resources[0]?.timezone ?? 'UTC';
  const from = at(`${day} 00:00`, zone);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    resources,
    busy: new Map(),
    mode: 'roundrobin_prioritized',
    from,
    to: at(`${next} 00:00`, zone),
    lengthMs: HOUR,
    incrementMs: HOUR,
    bufferMs: 0,
    roundToNearestHour: false,
    constraints: [],
    now: 0,
    random: () => 0,
    ...overrides,
  };
}

/** Slot starts as wall-clock `"HH:mm"` (or `pattern`) in `zone`. */
export function startsIn(slots: EngineSlot[], zone: string, pattern = 'HH:mm'): string[] {
  return slots.map((s) => wall(s.start, zone, pattern));
}

/** Runs the engine and lists starts as `"HH:mm"` in the first resource's zone. */
export function localStarts(query: AvailabilityQuery, pattern = 'HH:mm'): string[] {
  return startsIn(computeAvailability(query), query.resources[0].timezone, pattern);
}

/** `"09:00"`, `"10:00"` … from `fromHour` up to but excluding `toHour`, every `stepMinutes`. */
export function times(fromHour: number, toHour: number, stepMinutes = 60): string[] {
  const out: string[] = [];
  for (let m = fromHour * 60; m < toHour * 60; m += stepMinutes) {
    out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  }
  return out;
}
