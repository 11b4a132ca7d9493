import { FakeClock } from '../domain/clock';
import { startApiServer } from '../index';
import { storeProblems } from './invariants';

/** What one load run measured and found. */
export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers by HTTP status. */
  statuses: Record<number, number>;
  /** Slots with more than one booking (must be 0). */
  doubleBooked: number;
  /** Seats taken at the session, and its size. */
  seatsTaken: number;
  maxSeats: number;
  /** Store invariants that failed (must be empty). */
  problems: string[];
}

const NOW = Date.parse('2026-03-02T08:00:00Z');
const HOUR = 3_600_000;
const basic = (key: string) => `Basic ${Buffer.from(`:${key}`).toString('base64')}`;

/**
 * A bounded loopback load test: `bookings` widget-key booking requests racing for `slots` one-hour
 * slots and `seats` seat requests racing for a session of `maxSeats`, at most `concurrency` in
 * flight, over real HTTP on a free port. It stops by itself once every request was answered.
 * @example const r = await runLoad({ bookings: 300, seats: 200, slots: 20, maxSeats: 50, concurrency: 50 });
 */
export async function runLoad(o: {
  bookings: number;
  seats: number;
  slots: number;
  maxSeats: number;
  concurrency: number;
}): Promise<LoadResult> {
  const server = await startApiServer({ port: 0, seed: 'empty', clock: new FakeClock(NOW) });
  try {
    const send = (key: string, path: string, body: unknown) =>
      fetch(`${server.url}v2/${path}`, {
        method: 'POST',
        headers: { authorization: basic(key), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const made = (await (await send(server.keys.appKey, 'resources', { name: 'Load', timezone: 'UTC' })).json()) as {
      data: { id: string };
    };
    const resource = made.data.id;
    const owner = (await (
      await send(server.keys.appKey, 'bookings', {
        graph: 'group_owner',
        resource_id: resource,
        start: new Date(NOW + 2 * HOUR).toISOString(),
        end: new Date(NOW + 3 * HOUR).toISOString(),
        what: 'Load session',
        where: 'Online',
        settings: { max_seats: o.maxSeats },
      })
    ).json()) as { data: { id: string } };
    const customer = (i: number) => ({ name: `Visitor ${i}`, email: `v${i}@example.com` });
    const jobs: Array<() => Promise<Response>> = [];
    for (let i = 0; i < o.bookings; i++) {
      const start = NOW + (24 + (i % o.slots)) * HOUR;
      jobs.push(() =>
        send(server.keys.widgetKey, 'bookings', {
          graph: 'instant',
          resource_id: resource,
          start: new Date(start).toISOString(),
          end: new Date(start + HOUR).toISOString(),
          customer: customer(i),
        }),
      );
    }
    for (let i = 0; i < o.seats; i++) {
      jobs.push(() =>
        send(server.keys.widgetKey, 'bookings', {
          graph: 'group_customer',
          related: { owner_booking_id: owner.data.id },
          customer: customer(i),
        }),
      );
    }
    // Interleave bookings and seats so both race at once.
    const order = jobs.map((_, i) => i).sort((a, b) => (a % 2) - (b % 2) || a - b);
    const latencies: number[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < order.length) {
        const job = jobs[order[next++]];
        const t0 = performance.now();
        const res = await job();
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
    const perSlot = new Map<number, number>();
    let seatsTaken = 0;
    for (const b of server.store.bookings.values()) {
      if (b.graph === 'instant' && b.state === 'confirmed') perSlot.set(b.start, (perSlot.get(b.start) ?? 0) + 1);
      if (b.owner_booking_id === owner.data.id && b.state === 'confirmed') seatsTaken += b.seats;
    }
    return {
      requests: jobs.length,
      perSecond: jobs.length / seconds,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      statuses,
      doubleBooked: [...perSlot.values()].filter((n) => n > 1).length,
      seatsTaken,
      maxSeats: o.maxSeats,
      problems: storeProblems(server.store),
    };
  } finally {
    await server.close();
  }
}

/** One line of figures for a load result. */
export const describeLoad = (r: LoadResult): string =>
  `${r.requests} requests, ${r.perSecond.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, statuses ${JSON.stringify(r.statuses)}, ` +
  `double-booked slots ${r.doubleBooked}, seats ${r.seatsTaken}/${r.maxSeats}`;
