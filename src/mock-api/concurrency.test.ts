import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingAt, startApiServer, type ApiServer } from './index';

/** The server's clock starts here (a Monday), whatever today is. */
const NOW = Date.parse('2026-03-02T08:00:00Z');

let server: ApiServer;
const auth = (key: string) => ({ authorization: `Basic ${Buffer.from(`:${key}`).toString('base64')}`, 'content-type': 'application/json' });

beforeAll(async () => {
  server = await startApiServer({ port: 0, seed: 'demo', clock: clockStartingAt(NOW) });
});
afterAll(() => server.close());

describe('concurrent seat requests over real HTTP', () => {
  it('100 simultaneous requests at a 20-seat session take exactly 20 seats', async () => {
    const start = new Date(NOW + 30 * 86_400_000);
    start.setUTCMinutes(0, 0, 0);
    const owner = await fetch(`${server.url}v2/bookings`, {
      method: 'POST',
      headers: auth(server.keys.appKey),
      body: JSON.stringify({
        graph: 'group_owner',
        resource_id: '44444444-4444-4444-8444-444444444444',
        start: start.toISOString(),
        end: new Date(start.getTime() + 3_600_000).toISOString(),
        what: 'Race',
        where: 'Online',
        description: '',
        settings: { max_seats: 20, allow_double_bookings: true },
      }),
    });
    expect(owner.status).toBe(201);
    const ownerId = ((await owner.json()) as { data: { id: string } }).data.id;
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(`${server.url}v2/bookings`, {
          method: 'POST',
          headers: auth(server.keys.widgetKey),
          body: JSON.stringify({
            graph: 'group_customer',
            customer: { name: `P${i}`, email: `p${i}@example.com` },
            related: { owner_booking_id: ownerId },
          }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: Record<string, string[]> } })),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 422)).toHaveLength(80);
    expect(answers.find((a) => a.status === 422)?.body.errors?.['related.seats']).toEqual(['This session is sold out']);
    const group = await fetch(`${server.url}v2/bookings/groups/${ownerId}`, { headers: auth(server.keys.widgetKey) });
    const data = ((await group.json()) as { data: { attributes: { group_booking: { current_seats: number; max_seats: number } } } }).data;
    expect(data.attributes.group_booking).toEqual({ max_seats: 20, current_seats: 20 });
  }, 30_000);

  it('counts holds by the connection, not by the Origin header a client can vary', async () => {
    const slots = await fetch(`${server.url}v2/availability`, {
      method: 'POST',
      headers: auth(server.keys.widgetKey),
      body: JSON.stringify({ resources: ['11111111-1111-4111-8111-111111111111'], length: '30 minutes' }),
    });
    const { data } = (await slots.json()) as { data: Array<{ start: string; end: string }> };
    const answers: number[] = [];
    for (const [i, slot] of data.slice(0, 21).entries()) {
      const res = await fetch(`${server.url}v2/holds`, {
        method: 'POST',
        headers: { ...auth(server.keys.widgetKey), origin: `https://site${i}.example` },
        body: JSON.stringify({ resource_id: '11111111-1111-4111-8111-111111111111', start: slot.start, end: slot.end }),
      });
      answers.push(res.status);
    }
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(answers[20]).toBe(429);
  });
});
