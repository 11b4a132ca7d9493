/**
 * Availability engine benchmark: how long `computeAvailability` takes on a realistic workload.
 *
 * Resources sit in several zones with Mon-Fri 9-17 hours; 2,000 one-hour bookings are spread over
 * them; slots are 1 h on a 30 min grid. For 1, 10 and 50 resources over 4 and 26 weeks it warms
 * up, then times many runs with `performance.now()` and reports the median and p95, plus the very
 * first (cold: zone offsets not yet memoised) run. Target: 4 weeks × 10 resources well under 5 ms.
 *
 * Run: `npx tsx bench/engine.bench.ts`
 */
import { pathToFileURL } from 'node:url';
import { computeAvailability } from '../src/mock-api/domain/availability';
import type { AvailabilityQuery, BusyInterval, EngineResource } from '../src/mock-api/domain/availability';
import type { AvailabilityMode } from '../src/wire';

/** One measured configuration. */
export interface Row {
  resources: number;
  weeks: number;
  mode: AvailabilityMode;
  bookings: number;
  slots: number;
  coldMs: number;
  medianMs: number;
  p95Ms: number;
  iterations: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Asia/Tokyo',
  'America/St_Johns',
  'Europe/London',
  'Asia/Kolkata',
];
const BOOKINGS = 2_000;
const TARGET_MS = 5;

/** Small seeded generator so every run measures the same workload. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
}

function workload(resourceCount: number, weeks: number, mode: AvailabilityMode, zones: readonly string[]): AvailabilityQuery {
  const random = seeded(resourceCount * 1000 + weeks);
  const from = Date.UTC(2026, 10, 23); // a Monday
  const to = from + weeks * 7 * DAY;
  // Bookings fill the next half year of the calendar, as they would in a store: a 4-week query
  // still hands the engine all ~2,000 of them and it must skip the ones outside its window.
  const horizon = from + 26 * 7 * DAY;
  const resources: EngineResource[] = Array.from({ length: resourceCount }, (_, i) => ({
    id: `resource-${i}`,
    name: `Resource ${i}`,
    timezone: zones[i % zones.length],
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_weekends: {} }],
  }));
  const busy = new Map<string, BusyInterval[]>(resources.map((r) => [r.id, []]));
  for (let b = 0; b < BOOKINGS; b++) {
    const owner = resources[Math.floor(random() * resourceCount)];
    // Whole or half hours; some land outside working hours, as real calendars do.
    const start = from + Math.floor(random() * ((horizon - from) / (HOUR / 2))) * (HOUR / 2);
    busy.get(owner.id)!.push({ start, end: start + HOUR });
  }
  return {
    resources,
    busy,
    mode,
    from,
    to,
    lengthMs: HOUR,
    incrementMs: HOUR / 2,
    bufferMs: 15 * 60_000,
    roundToNearestHour: false,
    constraints: [],
    now: from,
    random: seeded(7),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function measure(resourceCount: number, weeks: number, mode: AvailabilityMode): Row {
  // Mutual needs overlapping working hours to find anything: keep those teams in Europe.
  const query = workload(resourceCount, weeks, mode, mode === 'mutual' ? ['Europe/Berlin', 'Europe/London', 'Europe/Paris'] : ZONES);
  let t = performance.now();
  const slots = computeAvailability(query).length;
  const coldMs = performance.now() - t;
  for (let i = 0; i < 20; i++) computeAvailability(query);
  const samples: number[] = [];
  const budgetEnd = performance.now() + 1_500;
  while (samples.length < 50 || (samples.length < 2_000 && performance.now() < budgetEnd)) {
    t = performance.now();
    computeAvailability(query);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return {
    resources: resourceCount,
    weeks,
    mode,
    bookings: BOOKINGS,
    slots,
    coldMs,
    medianMs: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    iterations: samples.length,
  };
}

/**
 * Measures every configuration and prints a table and the verdict on the 5 ms target.
 * @example const rows = await runEngineBench();
 */
export async function runEngineBench(): Promise<Row[]> {
  const configs: Array<[number, number, AvailabilityMode]> = [
    [1, 4, 'roundrobin_random'],
    [10, 4, 'roundrobin_random'],
    [50, 4, 'roundrobin_random'],
    [1, 26, 'roundrobin_random'],
    [10, 26, 'roundrobin_random'],
    [50, 26, 'roundrobin_random'],
    [10, 4, 'roundrobin_prioritized'],
    [10, 4, 'mutual'],
  ];
  const rows: Row[] = [];
  for (const [resources, weeks, mode] of configs) {
    rows.push(measure(resources, weeks, mode));
    // Let other work (and the event loop) breathe between configurations.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const fmt = (n: number) => n.toFixed(3).padStart(9);
  console.log('Availability engine: 1 h slots, 30 min grid, 15 min buffer, Mon-Fri 9-17 in 8 zones (mutual: 3 European),');
  console.log('2,000 one-hour bookings over the next 26 weeks; times are of the engine call alone.');
  console.log('resources  weeks  mode                     slots   cold ms  median ms    p95 ms   runs');
  for (const r of rows) {
    console.log(
      `${String(r.resources).padStart(9)}  ${String(r.weeks).padStart(5)}  ${r.mode.padEnd(22)} ${String(r.slots).padStart(7)} ${fmt(r.coldMs)} ${fmt(r.medianMs)} ${fmt(r.p95Ms)} ${String(r.iterations).padStart(6)}`,
    );
  }
  const target = rows.find((r) => r.resources === 10 && r.weeks === 4 && r.mode === 'roundrobin_random')!;
  const met = target.p95Ms < TARGET_MS;
  console.log(
    `${met ? 'MET' : 'MISSED'}: 4 weeks × 10 resources took ${target.medianMs.toFixed(3)} ms median, ${target.p95Ms.toFixed(3)} ms p95 (target: under ${TARGET_MS} ms)`,
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runEngineBench();
}
