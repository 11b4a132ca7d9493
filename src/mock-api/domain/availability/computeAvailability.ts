import type { Constraint } from '../../../wire';
import type { Offer } from './combineSlots';
import { combineSlots } from './combineSlots';
import { freeStarts } from './freeStarts';
import { localDays } from './localDays';
import { parseConstraint, type Rule } from './parseConstraint';
import { resourceSpans } from './resourceSpans';
import type { AvailabilityQuery, EngineSlot } from './types';
import { isValidTimeZone } from './zoneOffset';

/**
 * Free slots for a query, sorted by start; one slot per start time. Pure: the clock (`now`) and
 * randomness (`random`) come in with the query. Bad input that the HTTP edge should have refused
 * (a non-positive length or increment, an unknown zone, an invalid constraint) throws a
 * `RangeError` naming it.
 * @example
 * computeAvailability({
 *   resources: [{ id: 'r1', name: 'Ada', timezone: 'Europe/Berlin', constraints: [] }],
 *   busy: new Map(), mode: 'roundrobin_prioritized',
 *   from: Date.parse('2026-03-30T00:00:00+02:00'), to: Date.parse('2026-03-31T00:00:00+02:00'),
 *   lengthMs: 3_600_000, incrementMs: 1_800_000, bufferMs: 0, roundToNearestHour: false,
 *   constraints: [{ allow_hours: { start: 9, end: 17 } }], now: 0, random: Math.random,
 * }) // 15 slots, 09:00 … 16:00 Berlin time
 */
export function computeAvailability(q: AvailabilityQuery): EngineSlot[] {
  for (const key of ['lengthMs', 'incrementMs'] as const) {
    if (!(Number.isFinite(q[key]) && q[key] > 0)) throw new RangeError(`${key} must be a positive number of ms, got ${q[key]}`);
  }
  for (const key of ['from', 'to', 'now', 'bufferMs'] as const) {
    if (!Number.isFinite(q[key])) throw new RangeError(`${key} must be a finite number, got ${q[key]}`);
  }
  if (q.bufferMs < 0) throw new RangeError(`bufferMs must not be negative, got ${q.bufferMs}`);
  if (q.to - q.from < q.lengthMs) return [];
  const shared = toRules(q.constraints, 'constraints');
  const options = {
    notBefore: Math.max(q.from, q.now),
    to: q.to,
    lengthMs: q.lengthMs,
    incrementMs: q.incrementMs,
    roundToNearestHour: q.roundToNearestHour,
  };
  const seen = new Set<string>();
  const offers: Offer[] = [];
  for (const resource of q.resources) {
    if (seen.has(resource.id)) continue;
    seen.add(resource.id);
    if (!isValidTimeZone(resource.timezone)) {
      throw new RangeError(`resource ${resource.id} has an unknown timezone ${JSON.stringify(resource.timezone)}`);
    }
    const rules = shared.concat(toRules(resource.constraints, `resource ${resource.id} availability_constraints`));
    const days = localDays(resource.timezone, q.from, q.to);
    const spans = resourceSpans(resource.timezone, rules, q.busy.get(resource.id) ?? [], q.bufferMs, days);
    const midnights = days.map((d) => d.start);
    offers.push({ id: resource.id, spans, starts: () => freeStarts(resource.timezone, spans, midnights, options) });
  }
  return combineSlots(q.mode, offers, q.lengthMs, q.random);
}

function toRules(constraints: readonly Constraint[] | undefined, where: string): Rule[] {
  const rules: Rule[] = [];
  (constraints ?? []).forEach((constraint, i) => {
    const parsed = parseConstraint(constraint);
    if ('error' in parsed) throw new RangeError(`${where}[${i}]: ${parsed.error}`);
    rules.push(...parsed.rules);
  });
  return rules;
}
