/**
 * Time-zone offsets from `Intl`, memoised so the engine never formats a date per grid point.
 *
 * Offsets are looked up per UTC day: each zone/day pair costs at most one `Intl` call for its end
 * (its start is the previous day's end) plus, on a transition day, a binary search to the minute.
 * The memo is a pure cache of a pure function (a zone's rules do not change while we run), so it
 * is shared module-wide on purpose; it holds a few numbers per zone and day asked for, at most
 * 1000 zones and 100,000 days per zone (then it starts over), so no request can grow it without end.
 */

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A UTC day's offset: constant, or one transition at `at` from `before` to `after`. */
type DayOffset = number | { at: number; before: number; after: number };

interface ZoneCache {
  format: Intl.DateTimeFormat;
  instants: Map<number, number>;
  days: Map<number, DayOffset>;
}

const zones = new Map<string, ZoneCache>();
const MAX_ZONES = 1000;
const MAX_DAYS = 100_000;

function zoneCache(zone: string): ZoneCache {
  let cache = zones.get(zone);
  if (!cache) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    cache = { format, instants: new Map(), days: new Map() };
    // Bounded, as requests name zones (and `europe/BERLIN`-style spellings): past the cap, unmemoised.
    if (zones.size < MAX_ZONES) zones.set(zone, cache);
  }
  return cache;
}

/** Offset in ms (local − UTC) at `utc`, straight from `Intl` (memoised per instant). */
function intlOffset(cache: ZoneCache, utc: number): number {
  const known = cache.instants.get(utc);
  if (known !== undefined) return known;
  const f: Record<string, string> = {};
  for (const part of cache.format.formatToParts(utc)) f[part.type] = part.value;
  const year = f.era === 'BC' || f.era === 'B' ? 1 - Number(f.year) : Number(f.year);
  const local = Date.UTC(year, Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
  // Seconds are dropped: `utc` may carry milliseconds, the formatted wall clock does not.
  const offset = local - (utc - (((utc % 1000) + 1000) % 1000));
  cache.instants.set(utc, offset);
  return offset;
}

function dayOffset(cache: ZoneCache, dayIndex: number): DayOffset {
  const known = cache.days.get(dayIndex);
  if (known !== undefined) return known;
  const start = dayIndex * DAY;
  const before = intlOffset(cache, start);
  const after = intlOffset(cache, start + DAY);
  let value: DayOffset = before;
  if (before !== after) {
    // First minute of the day that already has the new offset (zones change at most once a day).
    let lo = 0;
    let hi = DAY / MINUTE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (intlOffset(cache, start + mid * MINUTE) === after) hi = mid;
      else lo = mid + 1;
    }
    value = { at: start + lo * MINUTE, before, after };
  }
  // A request can ask for any day of any year: keep the memo bounded by starting over when full.
  if (cache.days.size >= MAX_DAYS) {
    cache.days.clear();
    cache.instants.clear();
  }
  cache.days.set(dayIndex, value);
  return value;
}

/**
 * Offset of `zone` from UTC at instant `utc`, in ms (Berlin in summer: 7_200_000).
 * @example offsetAt('America/St_Johns', Date.UTC(2026, 0, 1)) // -12_600_000
 */
export function offsetAt(zone: string, utc: number): number {
  const day = dayOffset(zoneCache(zone), Math.floor(utc / DAY));
  if (typeof day === 'number') return day;
  return utc < day.at ? day.before : day.after;
}

/**
 * The instant at which the wall clock of `zone` shows `local` (a wall-clock time written as if it
 * were UTC, e.g. `Date.UTC(2026, 2, 29, 9)` for 09:00 on 29 March).
 * - A wall time that happens twice (autumn) gives its first, earlier occurrence.
 * - A wall time that does not exist (spring gap) gives the transition instant, i.e. the first real
 *   time after the gap (02:30 in Berlin on 29 March 2026 becomes 03:00 CEST).
 * @example wallToUtc('Europe/Berlin', Date.UTC(2026, 2, 29, 9)) // Date.UTC(2026, 2, 29, 7)
 */
export function wallToUtc(zone: string, local: number): number {
  const before = offsetAt(zone, local - DAY);
  const after = offsetAt(zone, local + DAY);
  const early = local - before;
  const earlyOk = offsetAt(zone, early) === before;
  if (before === after) return earlyOk ? early : local - offsetAt(zone, early);
  const late = local - after;
  const lateOk = offsetAt(zone, late) === after;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return transitionNear(zone, Math.min(early, late), Math.max(early, late));
}

/** The transition instant inside `[lo, hi]` (both within two UTC days of it). */
function transitionNear(zone: string, lo: number, hi: number): number {
  const cache = zoneCache(zone);
  for (let d = Math.floor(lo / DAY); d <= Math.floor(hi / DAY); d++) {
    const day = dayOffset(cache, d);
    if (typeof day !== 'number' && day.at >= lo && day.at <= hi) return day.at;
  }
  return hi;
}

/**
 * The wall clock of `zone` at `utc`, written as if it were UTC (inverse of {@link wallToUtc}).
 * @example utcToWall('Asia/Kathmandu', 0) // 20_700_000 (05:45)
 */
export function utcToWall(zone: string, utc: number): number {
  return utc + offsetAt(zone, utc);
}

/**
 * Whether `zone` is an IANA zone this runtime knows: the one zone check of the server (the edge's
 * field and header checks and the engine use it). Only known zones are memoised, so garbage
 * names cost nothing to keep; names are at most 64 characters.
 * @example isValidTimeZone('Europe/Berlin') // true
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || zone.length > 64) return false;
  if (zones.has(zone)) return true;
  try {
    zoneCache(zone);
    return true;
  } catch {
    return false;
  }
}
