import type { ResourceSpans } from './resourceSpans';
import { SpanCursor } from './spans';
import { offsetAt } from './zoneOffset';

const HOUR = 3_600_000;

/** The grid settings shared by every resource of one query. */
export interface GridOptions {
  /** No start before this: `max(from, now)`. */
  notBefore: number;
  /** No end after this. */
  to: number;
  lengthMs: number;
  incrementMs: number;
  roundToNearestHour: boolean;
}

/**
 * Sorted start instants of the free slots one resource offers on its own grid.
 *
 * The grid (our choice): starts lie at `anchor + k × increment`, where the anchors are the start of
 * each open window and every local midnight inside it (so a window with no allows, which is the
 * whole range, is anchored at each local midnight, and a long window such as Mon-Fri restarts its
 * grid every day). Steps are real elapsed time: on a daylight-saving day the grid runs on from the
 * day's midnight and simply never names the skipped wall-clock hour. With `roundToNearestHour`
 * each grid point moves forward to the next whole hour of the resource's wall clock (09:30 becomes
 * 10:00; duplicates collapse). A slot must lie inside one open window, touch no closed time, start
 * at or after `notBefore` (past grid points are skipped, the grid is not shifted) and end by `to`.
 * @example freeStarts('Europe/Berlin', spans, days.map((d) => d.start), options) // [t0, t0 + 1800000, …]
 */
export function freeStarts(zone: string, spans: ResourceSpans, midnights: readonly number[], options: GridOptions): number[] {
  const { notBefore, to, lengthMs, incrementMs, roundToNearestHour } = options;
  // Rounding can move a point from before `notBefore` to after it, so look back one hour for those.
  const lookBack = roundToNearestHour ? HOUR : 0;
  const closed = new SpanCursor(spans.closed);
  const starts: number[] = [];
  let last = -Infinity;
  let m = 0;
  for (const window of spans.open) {
    const latest = Math.min(window.end, to) - lengthMs;
    while (m < midnights.length && midnights[m] <= window.start) m++;
    let anchor = window.start;
    while (anchor <= latest) {
      const next = m < midnights.length && midnights[m] < window.end ? midnights[m++] : window.end;
      const k = notBefore - lookBack > anchor ? Math.ceil((notBefore - lookBack - anchor) / incrementMs) : 0;
      for (let p = anchor + k * incrementMs; p < next && p <= latest; p += incrementMs) {
        const start = roundToNearestHour ? ceilToWallHour(zone, p) : p;
        if (start < notBefore || start <= last || start > latest) continue;
        if (closed.overlaps(start, start + lengthMs)) continue;
        starts.push(start);
        last = start;
      }
      anchor = next;
    }
    while (m < midnights.length && midnights[m] < window.end) m++;
  }
  return starts;
}

/** The first instant at or after `utc` where the wall clock of `zone` shows a whole hour. */
function ceilToWallHour(zone: string, utc: number): number {
  const wall = utc + offsetAt(zone, utc);
  return utc + (Math.ceil(wall / HOUR) * HOUR - wall);
}
