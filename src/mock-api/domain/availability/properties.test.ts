import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AvailabilityMode, Constraint } from '../../../wire';
import { computeAvailability } from './computeAvailability';
import { oracle, QUANTUM } from './testOracle';
import type { AvailabilityQuery, BusyInterval, EngineResource } from './types';

const ZONES = [
  'Europe/Berlin',
  'America/Los_Angeles',
  'Australia/Sydney',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Asia/Kathmandu',
  'UTC',
];
// Days just before the 2026 clock changes of the zones above, plus ordinary days.
const BASE_DAYS = ['2026-03-28', '2026-10-24', '2026-03-07', '2026-10-31', '2026-04-04', '2026-10-03', '2026-06-10', '2026-01-14'];
const DAY_NAMES = ['Sunday', 'monday', 'Tuesday', 'wednesday', 'Thursday', 'friday', 'Saturday'];

// Hour boundaries outside 01:00-04:00, where clock changes make wall times missing or doubled.
const hourValue = fc.oneof(
  fc.constantFrom(0, 4, 5, 6, 8, 9, 12, 13, 17, 18, 20, 22, 23, 24),
  fc
    .record({ h: fc.integer({ min: 4, max: 23 }), m: fc.constantFrom('00', '15', '30', '45') })
    .map(({ h, m }) => `${String(h).padStart(2, '0')}:${m}`),
);
const effect = fc.constantFrom('allow', 'block');
/** Mostly allows, so several allow families meet in one query and their intersection is exercised. */
const mostlyAllow = fc.constantFrom('allow', 'allow', 'allow', 'block');
const minutes = (v: number | string) => (typeof v === 'number' ? v * 60 : Number(v.slice(0, 2)) * 60 + Number(v.slice(3)));
/** Equal ends (9 to "09:00", 24 to 0) are refused by validation, so never generated. */
const distinct = (s: number | string, e: number | string) =>
  minutes(s) % 1440 !== minutes(e) % 1440 || (minutes(s) === 0 && minutes(e) === 1440);

function constraintArb(from: number, to: number, effect: fc.Arbitrary<string>): fc.Arbitrary<Constraint> {
  const quantaIn = Math.round((to - from) / QUANTUM);
  const instant = fc.integer({ min: -96, max: quantaIn + 96 }).map((k) => from + k * QUANTUM);
  return fc.oneof(
    fc
      .tuple(effect, hourValue, hourValue)
      .filter(([, s, e]) => distinct(s, e))
      .map(([x, start, end]) => ({ [`${x}_hours`]: { start, end } }) as Constraint),
    fc.tuple(effect, fc.constantFrom(...DAY_NAMES)).map(([x, day]) => ({ [`${x}_day`]: { day } }) as Constraint),
    fc
      .tuple(effect, fc.constantFrom(...DAY_NAMES), hourValue, hourValue)
      .filter(([, , s, e]) => distinct(s, e))
      .map(([x, day, start, end]) => ({ [`${x}_day_and_time`]: { day, start, end } }) as Constraint),
    fc
      .tuple(effect, instant, fc.integer({ min: 1, max: 200 }))
      .map(
        ([x, s, n]) =>
          ({ [`${x}_period`]: { start: new Date(s).toISOString(), end: new Date(s + n * QUANTUM).toISOString() } }) as Constraint,
      ),
    fc.tuple(effect, fc.constantFrom('weekdays', 'weekends')).map(([x, k]) => ({ [`${x}_${k}`]: {} }) as Constraint),
  );
}

/** Small random queries on the 15-minute lattice the oracle is exact on. */
const smallQuery = (effect: fc.Arbitrary<string>): fc.Arbitrary<AvailabilityQuery> =>
  fc
    .record({
      day: fc.constantFrom(...BASE_DAYS),
      startQ: fc.integer({ min: 0, max: 95 }),
      spanQ: fc.integer({ min: 8, max: 3 * 96 }),
      mode: fc.constantFrom<AvailabilityMode>('roundrobin_prioritized', 'roundrobin_random', 'mutual'),
      zones: fc.array(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 3 }),
      lengthQ: fc.integer({ min: 1, max: 8 }),
      incrementQ: fc.integer({ min: 1, max: 8 }),
      bufferQ: fc.integer({ min: 0, max: 4 }),
      nowQ: fc.integer({ min: -20, max: 150 }),
      round: fc.boolean(),
      seed: fc.integer(),
    })
    .chain((b) => {
      const from = Date.parse(`${b.day}T00:00:00Z`) + b.startQ * QUANTUM;
      const to = from + b.spanQ * QUANTUM;
      const busyArb = fc.array(
        fc
          .tuple(fc.integer({ min: -8, max: b.spanQ + 8 }), fc.integer({ min: 1, max: 12 }))
          .map(([s, n]): BusyInterval => ({ start: from + s * QUANTUM, end: from + (s + n) * QUANTUM })),
        { maxLength: 6 },
      );
      const resourcesArb = fc.tuple(
        ...b.zones.map((zone, i) =>
          fc
            .array(constraintArb(from, to, effect), { maxLength: 2 })
            .map((own): EngineResource => ({ id: `r${i}`, name: `R${i}`, timezone: zone, constraints: own })),
        ),
      );
      return fc
        .record({
          resources: resourcesArb,
          busy: fc.tuple(...b.zones.map(() => busyArb)),
          constraints: fc.array(constraintArb(from, to, effect), { maxLength: 3 }),
        })
        .map(({ resources, busy, constraints }): AvailabilityQuery => {
          let state = b.seed;
          return {
            resources,
            busy: new Map(resources.map((r, i) => [r.id, busy[i]])),
            mode: b.mode,
            from,
            to,
            lengthMs: b.lengthQ * QUANTUM,
            incrementMs: b.incrementQ * QUANTUM,
            bufferMs: b.bufferQ * QUANTUM,
            roundToNearestHour: b.round,
            constraints,
            now: from + b.nowQ * QUANTUM,
            // A small deterministic generator so a failure replays exactly.
            random: () => ((state = (Math.imul(state, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32,
          };
        });
    });

const RUNS = Number(process.env.ENGINE_PROPERTY_RUNS ?? 120);

describe('the engine agrees with a naive per-quantum oracle', () => {
  it.each([
    ['allows and blocks alike', effect],
    ['mostly allows, so allow families meet', mostlyAllow],
  ])(
    'same slots as the oracle (prioritized and mutual), same starts with a free resource (random): %s',
    (_, effectArb) => {
      fc.assert(
        fc.property(smallQuery(effectArb), (query) => {
          const got = computeAvailability(query);
          const { slots, offered } = oracle(query);
          if (query.mode === 'roundrobin_random') {
            expect(got.map((s) => s.start)).toEqual(slots.map((s) => s.start));
            for (const s of got) expect(offered.get(s.start)).toContain(s.resourceIds[0]);
          } else {
            expect(got).toEqual(slots);
          }
        }),
        { numRuns: RUNS },
      );
    },
    600_000,
  );
});

/** Bigger random workloads: invariants that need no oracle. */
const bigQuery: fc.Arbitrary<AvailabilityQuery> = fc
  .record({
    day: fc.constantFrom(...BASE_DAYS),
    offsetMin: fc.integer({ min: 0, max: 1439 }),
    days: fc.integer({ min: 1, max: 14 }),
    zones: fc.array(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 5 }),
    mode: fc.constantFrom<AvailabilityMode>('roundrobin_prioritized', 'roundrobin_random', 'mutual'),
    lengthMin: fc.integer({ min: 5, max: 180 }),
    incrementMin: fc.integer({ min: 5, max: 120 }),
    bufferMin: fc.integer({ min: 0, max: 60 }),
    nowMin: fc.integer({ min: -600, max: 3000 }),
    round: fc.boolean(),
    busy: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 14 * 1440 }), fc.integer({ min: 1, max: 240 })), { maxLength: 120 }),
    allowNine: fc.boolean(),
    seed: fc.double({ min: 0, max: 0.999, noNaN: true }),
  })
  .map((b): AvailabilityQuery => {
    const from = Date.parse(`${b.day}T00:00:00Z`) + b.offsetMin * 60_000;
    const resources = b.zones.map((zone, i): EngineResource => ({ id: `r${i}`, name: `R${i}`, timezone: zone, constraints: [] }));
    const busy = new Map<string, BusyInterval[]>(resources.map((r) => [r.id, []]));
    for (const [who, startMin, lengthMin] of b.busy)
      busy.get(`r${who % resources.length}`)!.push({ start: from + startMin * 60_000, end: from + (startMin + lengthMin) * 60_000 });
    return {
      resources,
      busy,
      mode: b.mode,
      from,
      to: from + b.days * 86_400_000,
      lengthMs: b.lengthMin * 60_000,
      incrementMs: b.incrementMin * 60_000,
      bufferMs: b.bufferMin * 60_000,
      roundToNearestHour: b.round,
      constraints: b.allowNine ? [{ allow_hours: { start: 9, end: '17:30' } }, { block_weekends: {} }] : [],
      now: from + b.nowMin * 60_000,
      random: () => b.seed,
    };
  });

describe('invariants on bigger random workloads', () => {
  it('sorted, unique, inside [max(from, now), to], clear of buffered bookings, mutual lists everyone', () => {
    fc.assert(
      fc.property(bigQuery, (q) => {
        const slots = computeAvailability(q);
        const ids = q.resources.map((r) => r.id);
        slots.forEach((s, i) => {
          if (i > 0) expect(s.start).toBeGreaterThan(slots[i - 1].start);
          expect(s.start).toBeGreaterThanOrEqual(Math.max(q.from, q.now));
          expect(s.end).toBe(s.start + q.lengthMs);
          expect(s.end).toBeLessThanOrEqual(q.to);
          if (q.mode === 'mutual') expect(s.resourceIds).toEqual(ids);
          else expect(s.resourceIds).toHaveLength(1);
          for (const id of s.resourceIds) {
            for (const b of q.busy.get(id) ?? []) {
              expect(s.end <= b.start - q.bufferMs || s.start >= b.end + q.bufferMs).toBe(true);
            }
          }
        });
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 600_000);
});
