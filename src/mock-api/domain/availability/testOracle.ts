/**
 * A deliberately naive availability oracle for the property tests (no `.test` suffix: not a suite).
 *
 * It walks time in 15-minute quanta, reads each quantum's wall clock with date-fns-tz's
 * `formatInTimeZone` and matches the raw wire constraints against it, sharing no code with the
 * engine. A quantum is allowed when, for every family that has an allow (days: day, weekdays,
 * weekends; hours; day_and_time; period), some allow of that family matches it. It is exact when every constraint, busy edge, length, increment, buffer, `from`, `to`
 * and `now` is a multiple of 15 minutes, and no hour constraint starts or ends between 01:00 and
 * 04:00 (where daylight saving makes a wall time missing or doubled, a case the tables cover).
 */
import { formatInTimeZone } from 'date-fns-tz';
import type { Constraint } from '../../../wire';
import type { AvailabilityQuery, EngineResource, EngineSlot } from './types';

/** The oracle's time step. */
export const QUANTUM = 15 * 60_000;
const DAY = 86_400_000;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Constraint kind (without `allow_`) → its family; allows unite within one and intersect across. */
const FAMILY: Record<string, string> = {
  day: 'days',
  weekdays: 'days',
  weekends: 'days',
  hours: 'hours',
  day_and_time: 'day_and_time',
  period: 'period',
};

interface Quantum {
  t: number;
  date: string;
  minute: number;
  dow: number;
}

interface ResourceTimeline {
  q: Quantum[];
  allowed: boolean[];
  free: boolean[];
  /** Candidate starts on this resource's own grid (after rounding), ascending. */
  grid: Array<{ point: number; start: number }>;
}

function hour(v: number | string): number {
  if (typeof v === 'number') return v * 60;
  const [h, m = '0'] = v.split(':');
  return Number(h) * 60 + Number(m);
}

function matches(kind: string, body: Record<string, unknown> | null, q: Quantum): boolean {
  const b = (body ?? {}) as { start?: number | string; end?: number | string; day?: string };
  const inRange = (s: number, e: number, dayOk: boolean, nextDayOk: boolean) =>
    s < e ? dayOk && q.minute >= s && q.minute < e : (dayOk && q.minute >= s) || (nextDayOk && q.minute < e);
  switch (kind) {
    case 'hours':
      return inRange(hour(b.start!), hour(b.end!), true, true);
    case 'day':
      return DAYS[q.dow] === b.day!.toLowerCase();
    case 'day_and_time': {
      const d = DAYS.indexOf(b.day!.toLowerCase());
      return inRange(hour(b.start!), hour(b.end!), q.dow === d, q.dow === (d + 1) % 7);
    }
    case 'period':
      return q.t >= Date.parse(String(b.start)) && q.t < Date.parse(String(b.end));
    case 'weekdays':
      return q.dow >= 1 && q.dow <= 5;
    case 'weekends':
      return q.dow === 0 || q.dow === 6;
    default:
      throw new Error(`oracle does not know ${kind}`);
  }
}

function timeline(query: AvailabilityQuery, r: EngineResource): ResourceTimeline {
  const constraints: Constraint[] = [...query.constraints, ...r.constraints];
  const entries = constraints.map((c) => Object.entries(c)[0] as [string, Record<string, unknown> | null]);
  const allows = entries.filter(([k]) => k.startsWith('allow_'));
  const blocks = entries.filter(([k]) => k.startsWith('block_'));
  const busy = query.busy.get(r.id) ?? [];
  const t0 = Math.floor((query.from - 2 * DAY) / QUANTUM) * QUANTUM;
  const q: Quantum[] = [];
  for (let t = t0; t < query.to + DAY; t += QUANTUM) {
    const [date, hm, iso] = formatInTimeZone(t, r.timezone, 'yyyy-MM-dd HH:mm i').split(' ');
    const [h, m] = hm.split(':').map(Number);
    q.push({ t, date, minute: h * 60 + m, dow: Number(iso) % 7 });
  }
  const families = new Map<string, Array<[string, Record<string, unknown> | null]>>();
  for (const [k, v] of allows) families.set(FAMILY[k.slice(6)], [...(families.get(FAMILY[k.slice(6)]) ?? []), [k, v]]);
  const allowed = q.map((x) => [...families.values()].every((members) => members.some(([k, v]) => matches(k.slice(6), v, x))));
  const free = q.map(
    (x, i) =>
      allowed[i] &&
      !blocks.some(([k, v]) => matches(k.slice(6), v, x)) &&
      !busy.some((b) => x.t >= b.start - query.bufferMs && x.t < b.end + query.bufferMs),
  );
  const grid: ResourceTimeline['grid'] = [];
  let anchor: number | null = null;
  q.forEach((x, i) => {
    if (!allowed[i]) return void (anchor = null);
    if (anchor === null || q[i - 1].date !== x.date) anchor = x.t;
    if ((x.t - anchor) % query.incrementMs !== 0) return;
    let j = i;
    if (query.roundToNearestHour) while (j < q.length && q[j].minute % 60 !== 0) j++;
    if (j < q.length) grid.push({ point: x.t, start: q[j].t });
  });
  return { q, allowed, free, grid };
}

/** Whether every quantum of `[from, to)` satisfies `test` on this timeline. */
function all(tl: ResourceTimeline, from: number, to: number, test: (i: number) => boolean): boolean {
  const first = (from - tl.q[0].t) / QUANTUM;
  const last = (to - tl.q[0].t) / QUANTUM;
  if (first < 0 || last > tl.q.length) return false;
  for (let i = first; i < last; i++) if (!test(i)) return false;
  return true;
}

/** Free starts of one resource on its own grid, per the naive reading. */
function ownStarts(query: AvailabilityQuery, tl: ResourceTimeline): number[] {
  const notBefore = Math.max(query.from, query.now);
  const out: number[] = [];
  for (const { point, start } of tl.grid) {
    if (start < notBefore || start + query.lengthMs > query.to || start <= (out[out.length - 1] ?? -Infinity)) continue;
    // A rounded start must keep the slot in the window its grid point came from.
    if (!all(tl, point, start + query.lengthMs, (i) => tl.allowed[i])) continue;
    if (!all(tl, start, start + query.lengthMs, (i) => tl.free[i])) continue;
    out.push(start);
  }
  return out;
}

/**
 * The slots the engine should answer for `query` (modes `roundrobin_prioritized` and `mutual`; for
 * `roundrobin_random` it gives the prioritized answer, and `offered` tells who may take each start).
 */
export function oracle(query: AvailabilityQuery): { slots: EngineSlot[]; offered: Map<number, string[]> } {
  const unique = query.resources.filter((r, i) => query.resources.findIndex((o) => o.id === r.id) === i);
  const tls = unique.map((r) => timeline(query, r));
  const offered = new Map<number, string[]>();
  tls.forEach((tl, r) => {
    for (const s of ownStarts(query, tl)) offered.set(s, [...(offered.get(s) ?? []), unique[r].id]);
  });
  const ids = unique.map((r) => r.id);
  if (query.mode === 'mutual') {
    if (tls.length === 0) return { slots: [], offered };
    const slots = ownStarts(query, tls[0])
      .filter((s) => tls.every((tl) => all(tl, s, s + query.lengthMs, (i) => tl.free[i])))
      .map((s) => ({ start: s, end: s + query.lengthMs, resourceIds: ids }));
    return { slots, offered };
  }
  const slots = [...offered.keys()]
    .sort((a, b) => a - b)
    .map((s) => ({ start: s, end: s + query.lengthMs, resourceIds: [offered.get(s)![0]] }));
  return { slots, offered };
}
