import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOW, testApi } from '../testing/client';

const Q = 15 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const customer = { name: 'Ada', email: 'ada@example.com' };

/** A resource open 9–17 UTC, as in issue 14. */
async function nineToFive() {
  const t = testApi();
  const rid = await t.resource('Doc', 'UTC', { availability_constraints: [{ allow_hours: { start: 9, end: 17 } }] });
  const book = (start: string, end: string, key = 'widget', extra: Record<string, unknown> = {}) =>
    t.call('POST', '/v2/bookings', { key, body: { graph: 'instant', resource_id: rid, start, end, customer, ...extra } });
  return { t, rid, book };
}

describe('one rule for free time', () => {
  it('refuses closed hours and a span into the next day, with the widget key and the app key alike', async () => {
    const { t, book } = await nineToFive();
    for (const key of ['widget', 'app']) {
      const night = await book('2026-03-03T03:00:00Z', '2026-03-03T04:00:00Z', key);
      expect(night.status).toBe(422);
      expect(night.body.errors.start[0]).toMatch(/not available at this time/);
      expect((await book('2026-03-03T12:00:00Z', '2026-03-04T17:00:00Z', key)).status).toBe(422);
    }
    expect(t.store.bookings.size).toBe(0);
    expect((await book('2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z')).status).toBe(201);
    // Only the app key's explicit allow_double_bookings skips the rule.
    expect((await book('2026-03-03T03:00:00Z', '2026-03-03T04:00:00Z', 'app', { settings: { allow_double_bookings: true } })).status).toBe(
      201,
    );
  });

  it('names the past and a taken time apart from closed hours', async () => {
    const { book } = await nineToFive();
    expect((await book('2026-03-02T07:00:00Z', '2026-03-02T07:30:00Z')).body.errors.start[0]).toMatch(/in the past/);
    expect((await book('2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z')).status).toBe(201);
    expect((await book('2026-03-03T10:30:00Z', '2026-03-03T11:30:00Z')).body.errors.start[0]).toMatch(/no longer available/);
  });

  it('applies the project buffer and constraints, and holds for reschedules, bulk creates and confirmations', async () => {
    const { t, rid, book } = await nineToFive();
    const project = await t.call('POST', '/v2/projects', {
      body: {
        name: 'P',
        resources: [rid],
        availability: { buffer: '30 minutes' },
        availability_constraints: [{ block_hours: { start: 12, end: 13 } }],
      },
    });
    const pid = project.body.data.id;
    const first = await book('2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z', 'widget', { project_id: pid });
    expect(first.status).toBe(201);
    expect((await book('2026-03-03T11:00:00Z', '2026-03-03T11:30:00Z', 'widget', { project_id: pid })).status).toBe(422);
    expect((await book('2026-03-03T12:00:00Z', '2026-03-03T12:30:00Z', 'widget', { project_id: pid })).status).toBe(422);
    expect((await book('2026-03-03T11:30:00Z', '2026-03-03T12:00:00Z', 'widget', { project_id: pid })).status).toBe(201);

    const id = first.body.data.id;
    const move = (start: string, end: string) => t.call('POST', `/v2/bookings/${id}/reschedule`, { key: 'widget', body: { start, end } });
    expect((await move('2026-03-03T20:00:00Z', '2026-03-03T21:00:00Z')).status).toBe(422);
    expect((await move('2026-03-03T09:30:00Z', '2026-03-03T10:30:00Z')).status).toBe(201); // its own old time counts as free

    const bulk = await t.call('POST', '/v2/bookings/bulk', {
      body: { bookings: [{ graph: 'instant', resource_id: rid, start: '2026-03-04T02:00:00Z', end: '2026-03-04T03:00:00Z', customer }] },
    });
    expect(bulk.body.data[0]).toMatchObject({ status: 422, errors: { start: [expect.stringMatching(/not available/)] } });

    const tentative = await book('2026-03-05T09:00:00Z', '2026-03-05T10:00:00Z', 'app', { graph: 'confirm_decline' });
    expect((await book('2026-03-05T09:00:00Z', '2026-03-05T10:00:00Z')).status).toBe(201);
    expect((await t.call('PUT', `/v2/bookings/${tentative.body.data.id}/confirm`, { body: {} })).status).toBe(422);
  });

  const HOURS = fc
    .integer({ min: 0, max: 95 })
    .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
  const CONSTRAINT = fc.oneof(
    fc
      .tuple(fc.constantFrom('allow_hours', 'block_hours'), HOURS, HOURS)
      .filter(([, a, b]) => a !== b)
      .map(([k, start, end]) => ({ [k]: { start, end } })),
    fc.constantFrom({ allow_weekdays: {} }, { block_weekends: {} }, { block_day: { day: 'Tuesday' } }),
    fc
      .tuple(fc.constantFrom('Monday', 'Tuesday', 'Wednesday'), HOURS, HOURS)
      .filter(([, a, b]) => a !== b)
      .map(([day, start, end]) => ({ allow_day_and_time: { day, start, end } })),
  );

  it('a time is bookable exactly when availability lists it (any zone, constraints, bookings, buffer)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Sydney'),
        fc.array(CONSTRAINT, { maxLength: 2 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 250 }), fc.integer({ min: 1, max: 8 })), { maxLength: 4 }),
        fc.constantFrom(0, 15, 30),
        fc.integer({ min: -4, max: 280 }),
        fc.integer({ min: -9, max: 9 }),
        fc.integer({ min: 1, max: 8 }),
        async (zone, constraints, taken, buffer, anywhere, nearTaken, quarters) => {
          // Half the candidates sit right around a taken booking, where buffers and overlaps decide.
          const k = taken.length && nearTaken % 2 === 0 ? taken[0][0] + nearTaken : anywhere;
          const t = testApi();
          const rid = await t.resource('R', zone, { availability_constraints: constraints });
          const project = await t.call('POST', '/v2/projects', {
            body: { name: 'P', resources: [rid], availability: { buffer: `${buffer} minutes` } },
          });
          const pid = project.body.data.id;
          for (const [q, n] of taken) {
            const res = await t.call('POST', '/v2/bookings', {
              body: {
                graph: 'instant',
                resource_id: rid,
                start: iso(NOW + q * Q),
                end: iso(NOW + (q + n) * Q),
                customer,
                settings: { allow_double_bookings: true },
              },
            });
            expect(res.status).toBe(201);
          }
          const start = NOW + k * Q;
          const end = start + quarters * Q;
          const offered = await t.call('POST', '/v2/availability', {
            key: 'widget',
            body: {
              project_id: pid,
              length: `${quarters * 15} minutes`,
              timeslot_increments: '15 minutes',
              from: iso(NOW - 3_600_000),
              to: iso(NOW + 3 * 86_400_000),
            },
          });
          expect(offered.status).toBe(200);
          const listed = offered.body.data.some((s: { start: string }) => Date.parse(s.start) === start);
          const booked = await t.call('POST', '/v2/bookings', {
            key: 'widget',
            body: { graph: 'instant', resource_id: rid, project_id: pid, start: iso(start), end: iso(end), customer },
          });
          expect([booked.status, booked.body.errors ? Object.keys(booked.body.errors) : []]).toEqual(listed ? [201, []] : [422, ['start']]);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
