import { utcToWall, wallToUtc } from './zoneOffset';

const DAY = 86_400_000;

/** One calendar day in a zone: its wall-clock midnight (as if UTC), week day and real bounds. */
export interface LocalDay {
  /** Local midnight written as if it were UTC: `Date.UTC(y, m, d)`. */
  wall: number;
  /** 0 = Sunday … 6 = Saturday. */
  dow: number;
  /** Instant the day begins (its first existing wall time) and ends (next day's start). */
  start: number;
  end: number;
}

/**
 * The local days of `zone` from the day before the one holding `from` through the day after the
 * one holding `to`, so windows that wrap past midnight into the range are seen whole.
 * Days are 23, 24 or 25 hours long; each is converted once, never per grid point.
 * @example localDays('Europe/Berlin', from, to).map((d) => d.end - d.start) // [..., 82_800_000, ...]
 */
export function localDays(zone: string, from: number, to: number): LocalDay[] {
  const first = Math.floor(utcToWall(zone, from) / DAY) * DAY - DAY;
  const last = Math.floor(utcToWall(zone, to) / DAY) * DAY + DAY;
  const days: LocalDay[] = [];
  let start = wallToUtc(zone, first);
  for (let wall = first; wall <= last; wall += DAY) {
    const end = wallToUtc(zone, wall + DAY);
    // 1970-01-01 was a Thursday (4).
    const dow = (((wall / DAY + 4) % 7) + 7) % 7;
    days.push({ wall, dow, start, end });
    start = end;
  }
  return days;
}
