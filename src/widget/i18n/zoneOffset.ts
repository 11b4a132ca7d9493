/**
 * A zone's offset from UTC at an instant, cheap enough for thousands of instants (a month of times
 * grouped by day, a 26-week list). Each zone has one numeric `en-US` formatter (no zone names, so
 * no name data to load); its wall clock minus the instant is the offset. Offsets are remembered per
 * UTC day: a day whose start and end have the same offset has it throughout (no zone changes its
 * clock twice within 24 hours), and a day where they differ is searched once, to the minute, for
 * the change. So a month of hourly times costs about 30 formatter calls, not one per time.
 */
import { cachedFormat } from './formatCache';

const DAY = 86_400_000;
const MINUTE = 60_000;
// UTC under the names that always mean it: no formatter, no Intl work on the first screen.
const UTC = /^(Etc\/)?(UTC|GMT|Universal|Zulu)$/;
const CLOCK = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** One day's offset in minutes, or the change within it: `before` until `at` (epoch ms), `after` from then. */
type Span = number | { before: number; after: number; at: number };
const spans = new Map<string, Map<number, Span>>();

/**
 * The zone's numeric wall-clock formatter (`3/29/2026, 01:59:00`, 24-hour), one per zone for the page.
 * @throws RangeError naming the zone when it is not an IANA zone.
 */
export function zoneClock(zone: string): Intl.DateTimeFormat {
  return cachedFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
}

/** The offset at `ms` read from the wall clock, in whole minutes (old local mean times have seconds). */
function measure(zone: string, ms: number): number {
  const [, month, day, year, h, m, s] = (CLOCK.exec(zoneClock(zone).format(ms)) ?? []).map(Number);
  return Math.round((Date.UTC(year, month - 1, day, h, m, s) - Math.floor(ms / 1000) * 1000) / MINUTE) || 0;
}

/** The first minute in (lo, hi] whose offset is no longer `before` (it is at `lo`). */
function findChange(zone: string, lo: number, hi: number, before: number): number {
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (measure(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The zone's offset from UTC in minutes at `now` (east positive): +60 for Berlin in winter.
 * @throws RangeError naming the zone when it is not an IANA zone.
 * @example zoneOffsetMinutes('Asia/Kathmandu', new Date('2026-01-01T00:00:00Z')) // 345
 */
export function zoneOffsetMinutes(zone: string, now: Date): number {
  if (UTC.test(zone)) return 0;
  const t = now.getTime(); // an invalid date throws in `measure`, as Intl does
  const day = Math.floor(t / DAY);
  let days = spans.get(zone);
  if (!days) spans.set(zone, (days = new Map()));
  let span = days.get(day);
  if (span === undefined) {
    const start = day * DAY;
    const before = measure(zone, start);
    const after = measure(zone, start + DAY);
    span = before === after ? before : { before, after, at: findChange(zone, start, start + DAY, before) };
    days.set(day, span);
  }
  return typeof span === 'number' ? span : t < span.at ? span.before : span.after;
}
