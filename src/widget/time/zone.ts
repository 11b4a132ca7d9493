/**
 * Time-zone edges, built on `Intl.DateTimeFormat` (free in the browser, unlike a tz database).
 * Formatters are memoised per zone: a pure cache, not widget state.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock of `date` in `timeZone`. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/**
 * The day key (`yyyy-MM-dd`) of an instant in a zone.
 * @example dayKeyInZone(new Date('2026-11-24T23:30:00Z'), 'Europe/Berlin') // '2026-11-25'
 */
export function dayKeyInZone(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Minutes the zone is ahead of UTC at that instant (Berlin in winter: 60). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * ISO 8601 with the zone's offset, as Booking.js sends times: `2026-11-21T11:00:00+01:00`.
 * @example toIsoInZone(new Date('2026-11-21T10:00:00Z'), 'Europe/Berlin') // '2026-11-21T11:00:00+01:00'
 */
export function toIsoInZone(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const off = offsetMinutes(date, timeZone);
  const sign = off < 0 ? '-' : '+';
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}
