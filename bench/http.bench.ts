/**
 * Loopback HTTP throughput of the mock API: bounded concurrent `POST /v2/availability` and
 * `POST /v2/bookings` (each booking on its own free slot), with Node's fetch. Prints requests per
 * second and p50/p95 latency; starts and stops its own server.
 */
import { pathToFileURL } from 'node:url';
import { DEMO, startApiServer } from '../src/mock-api/index';

/** Figures of one scenario. */
export interface HttpBenchResult {
  name: string;
  requests: number;
  failures: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function scenario(
  name: string,
  requests: number,
  concurrency: number,
  send: (i: number) => Promise<Response>,
): Promise<HttpBenchResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const t0 = performance.now();
      const res = await send(i);
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!res.ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, requests, failures, perSecond: requests / seconds, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}

/**
 * Runs both scenarios and prints a table.
 * @example await runHttpBench({ requests: 500 })
 */
export async function runHttpBench(o: { requests?: number; concurrency?: number } = {}): Promise<HttpBenchResult[]> {
  const requests = o.requests ?? 2_000;
  const concurrency = o.concurrency ?? 20;
  const server = await startApiServer({ port: 0, seed: 'demo' });
  try {
    const headers = {
      authorization: `Basic ${Buffer.from(`:${server.keys.appKey}`).toString('base64')}`,
      'content-type': 'application/json',
    };
    const made = await fetch(`${server.url}v2/resources`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench', timezone: 'UTC' }),
    });
    const resourceId = ((await made.json()) as { data: { id: string } }).data.id;
    const firstHour = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000;
    const results = [
      await scenario('POST /v2/availability (4 weeks, 1 resource)', requests, concurrency, () =>
        fetch(`${server.url}v2/availability`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ resources: [DEMO.resources.docBrown], length: '1 hour', output_timezone: 'Europe/Berlin' }),
        }),
      ),
      await scenario('POST /v2/bookings (distinct free slots)', requests, concurrency, (i) =>
        fetch(`${server.url}v2/bookings`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            graph: 'instant',
            resource_id: resourceId,
            start: new Date(firstHour + i * 3_600_000).toISOString(),
            end: new Date(firstHour + (i + 1) * 3_600_000).toISOString(),
            what: 'Bench',
            where: 'Loopback',
            description: '',
            customer: { name: `B${i}`, email: `b${i}@example.com` },
          }),
        }),
      ),
    ];
    console.log(`${requests} requests each, concurrency ${concurrency}, ${server.url}`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(46)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50Ms.toFixed(1)} ms   p95 ${r.p95Ms.toFixed(1)} ms   failures ${r.failures}`,
      );
    }
    return results;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runHttpBench();
