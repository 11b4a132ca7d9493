import { describe, expect, it } from 'vitest';
import { DEMO } from '../index';
import { testApi } from '../testing/client';

// Mon–Fri 9–17: allow families intersect (weekdays ∩ hours), see domain/availability/README.md.
const HOURS = [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }];
const DAY = { from: '2026-03-03T00:00:00+01:00', to: '2026-03-04T00:00:00+01:00' };

async function setup() {
  const t = testApi();
  const ada = await t.resource('Ada', 'Europe/Berlin', { availability_constraints: HOURS });
  const bob = await t.resource('Bob', 'Europe/Berlin', { availability_constraints: [{ allow_hours: { start: 12, end: 20 } }] });
  return { t, ada, bob };
}

describe('POST /availability', () => {
  it('answers slots with offsets in output_timezone, sorted, minus blocking bookings', async () => {
    const { t, ada } = await setup();
    const res = await t.call('POST', '/v2/availability', {
      body: { resources: [ada], length: '1 hour', output_timezone: 'America/New_York', ...DAY },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(8);
    expect(res.body.data[0]).toEqual({
      start: '2026-03-03T03:00:00-05:00',
      end: '2026-03-03T04:00:00-05:00',
      resources: [{ id: ada, name: 'Ada', timezone: 'Europe/Berlin' }],
    });
    const booked = await t.call('POST', '/v2/bookings', {
      body: {
        graph: 'instant',
        resource_id: ada,
        start: '2026-03-03T10:00:00+01:00',
        end: '2026-03-03T11:00:00+01:00',
        customer: { name: 'C', email: 'c@example.com' },
      },
    });
    expect(booked.status).toBe(201);
    const after = await t.call('POST', '/v2/availability', { body: { resources: [{ id: ada }], ...DAY } });
    const starts = after.body.data.map((s: { start: string }) => s.start);
    expect(starts).toHaveLength(7);
    expect(starts).not.toContain('2026-03-03T09:00:00Z');
    expect([...starts].sort()).toEqual(starts);
  });

  it('mutual lists every resource; round robin one', async () => {
    const { t, ada, bob } = await setup();
    const mutual = await t.call('POST', '/v2/availability', { body: { resources: [ada, bob], mode: 'mutual', ...DAY } });
    expect(mutual.body.data.map((s: { start: string }) => s.start)).toEqual([
      '2026-03-03T11:00:00Z',
      '2026-03-03T12:00:00Z',
      '2026-03-03T13:00:00Z',
      '2026-03-03T14:00:00Z',
      '2026-03-03T15:00:00Z',
    ]);
    expect(mutual.body.data[0].resources.map((r: { id: string }) => r.id)).toEqual([ada, bob]);
    const rr = await t.call('POST', '/v2/availability', { body: { resources: [ada, bob], mode: 'roundrobin_prioritized', ...DAY } });
    expect(rr.body.data.every((s: { resources: unknown[] }) => s.resources.length === 1)).toBe(true);
    expect(rr.body.data[0].resources[0].id).toBe(ada);
  });

  it('uses the project settings as defaults under the body', async () => {
    const { t, ada } = await setup();
    const p = await t.call('POST', '/v2/projects', {
      body: {
        name: 'P',
        resources: [ada],
        availability: { length: '30 minutes' },
        availability_constraints: [{ block_hours: { start: 12, end: 13 } }],
      },
    });
    const res = await t.call('POST', '/v2/availability', { body: { project_id: p.body.data.id, ...DAY } });
    expect(res.body.data).toHaveLength(14); // 8 hours minus the blocked noon hour, in halves
    expect(res.body.data[0].end).toBe('2026-03-03T08:30:00Z');
    const overridden = await t.call('POST', '/v2/availability', {
      body: { project_id: p.body.data.id, length: '2 hours', timeslot_increments: '1 hour', ...DAY },
    });
    expect(overridden.body.data[0]).toMatchObject({ start: '2026-03-03T08:00:00Z', end: '2026-03-03T10:00:00Z' });
  });

  it('pools allow families over the request, the project and the resource', async () => {
    const { t, ada } = await setup();
    const starts = async (body: Record<string, unknown>) =>
      (
        await t.call('POST', '/v2/availability', { body: { resources: [ada], output_timezone: 'Europe/Berlin', ...DAY, ...body } })
      ).body.data.map((s: { start: string }) => s.start.slice(11, 16));
    // A request's allow_hours unites with Ada's own 9–17 (same family).
    expect(await starts({ constraints: [{ allow_hours: { start: 18, end: 20 } }] })).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '18:00',
      '19:00',
    ]);
    // A request's allow_period narrows her working hours (another family).
    expect(
      await starts({ constraints: [{ allow_period: { start: '2026-03-03T14:00:00+01:00', end: '2026-03-04T00:00:00+01:00' } }] }),
    ).toEqual(['14:00', '15:00', '16:00']);
    // The project's allow_period joins the pool too.
    const p = await t.call('POST', '/v2/projects', {
      body: { name: 'P', resources: [ada], availability_constraints: [{ allow_period: { start: '2026-03-03T14:00', end: '2026-03-04' } }] },
    });
    expect(await starts({ project_id: p.body.data.id, constraints: [{ allow_hours: { start: 18, end: 20 } }] })).toEqual([
      '14:00',
      '15:00',
      '16:00',
      '18:00',
      '19:00',
    ]);
    // Saturday is no weekday: her hours do not open it.
    expect(await starts({ from: '2026-03-07T00:00:00+01:00', to: '2026-03-08T00:00:00+01:00' })).toEqual([]);
  });

  it('gives the demo Doc Brown Mon–Fri 9–17 Los Angeles slots', async () => {
    const t = testApi({ seed: 'demo' });
    const res = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: {
        resources: [DEMO.resources.docBrown],
        length: '1 hour',
        output_timezone: 'America/Los_Angeles',
        from: '2026-03-02T00:00:00-08:00',
        to: '2026-03-16T00:00:00-07:00',
      },
    });
    const starts: string[] = res.body.data.map((s: { start: string }) => s.start);
    const days = new Set(starts.map((s) => new Date(`${s.slice(0, 10)}T12:00:00Z`).getUTCDay()));
    expect([...days].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(starts.map((s) => s.slice(11, 16)))).toEqual(
      new Set(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']),
    );
    // Two weeks of 8 hourly slots minus the seeded bookings and sessions; not the whole weekday.
    expect(starts.length).toBeGreaterThan(60);
    expect(starts.length).toBeLessThanOrEqual(80);
  });

  it('defaults to now … 4 weeks with no from/to (what Booking.js sends)', async () => {
    const t = testApi({ seed: 'demo' });
    const res = await t.call('POST', '/v2/availability', {
      key: 'widget',
      body: { output_timezone: 'Europe/Berlin', resources: [DEMO.resources.docBrown], mode: 'roundrobin_random', length: '1 hour' },
    });
    expect(res.status).toBe(200);
    const starts = res.body.data.map((s: { start: string }) => Date.parse(s.start));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(t.clock.now());
    expect(Math.max(...starts)).toBeLessThan(t.clock.now() + 28 * 86_400_000);
    expect(res.body.data[0].start).toMatch(/\+01:00$/);
  });

  it.each([
    [{ resources: [] }, 'resources'],
    [{}, 'resources'],
    [{ resources: ['nope'] }, 'resources'],
    [{ resources: [42] }, 'resources'],
    [{ resources: '@' }, 'resources'],
    [{ project_id: 'nope' }, 'project_id'],
    [{ R: 1, from: '2026-03-05T00:00:00Z', to: '2026-03-04T00:00:00Z' }, 'to'],
    [{ R: 1, from: '2026-03-05T00:00:00Z', to: '2026-09-06T00:00:00Z' }, 'to'],
    [{ R: 1, from: 'yesterday' }, 'from'],
    [{ R: 1, to: '2026-03-05' }, 'to'],
    [{ R: 1, output_timezone: 'Moon/Base' }, 'output_timezone'],
    [{ R: 1, length: '0 minutes' }, 'length'],
    [{ R: 1, length: 60 }, 'length'],
    [{ R: 1, timeslot_increments: '1 minute' }, 'timeslot_increments'],
    [{ R: 1, buffer: 'lots' }, 'buffer'],
    [{ R: 1, mode: 'solo' }, 'mode'],
    [{ R: 1, round_to_nearest_hour: 'yes' }, 'round_to_nearest_hour'],
    [{ R: 1, constraints: [{ allow_hours: { start: 25, end: 3 } }] }, 'constraints.0'],
    [{ R: 1, constraints: 'weekdays' }, 'constraints'],
  ])('refuses %j naming %s', async (body, field) => {
    const { t, ada } = await setup();
    const { R, ...rest } = body as Record<string, unknown>;
    const res = await t.call('POST', '/v2/availability', { body: R ? { resources: [ada], ...rest } : rest });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toContain(field);
  });

  it('accepts exactly six months', async () => {
    const { t, ada } = await setup();
    const res = await t.call('POST', '/v2/availability', {
      body: { resources: [ada], from: '2026-03-05T00:00:00Z', to: '2026-09-05T00:00:00Z' },
    });
    expect(res.status).toBe(200);
  });
});
