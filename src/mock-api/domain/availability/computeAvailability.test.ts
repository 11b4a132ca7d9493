import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../../wire';
import { computeAvailability } from './computeAvailability';
import type { AvailabilityQuery, BusyInterval } from './types';
import { at, dayQuery, HOUR, localStarts, MIN, resource, startsIn, times } from './testing';

const WED = '2026-04-01';
const BERLIN = 'Europe/Berlin';
const nineToFive: Constraint[] = [{ allow_hours: { start: 9, end: 17 } }];
const b = (start: string, end: string, zone = BERLIN): BusyInterval => ({
  start: at(`${WED} ${start}`, zone),
  end: at(`${WED} ${end}`, zone),
});

describe('buffers and busy intervals', () => {
  const cases: Array<{ name: string; busy: BusyInterval[]; bufferMin: number; incrementMin: number; expected: string[] }> = [
    {
      name: 'a booking closes its hour',
      busy: [b('12:00', '13:00')],
      bufferMin: 0,
      incrementMin: 60,
      expected: ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'],
    },
    {
      name: 'slots may touch a booking',
      busy: [b('12:00', '13:00')],
      bufferMin: 0,
      incrementMin: 30,
      expected: ['09:00', '09:30', '10:00', '10:30', '11:00', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00'],
    },
    {
      name: 'a 30 min buffer before and after',
      busy: [b('12:00', '13:00')],
      bufferMin: 30,
      incrementMin: 30,
      expected: ['09:00', '09:30', '10:00', '10:30', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00'],
    },
    {
      name: 'a buffer reaching outside the window',
      busy: [b('08:00', '09:00'), b('17:00', '18:00')],
      bufferMin: 60,
      incrementMin: 60,
      expected: ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00'],
    },
    {
      name: 'unsorted overlapping bookings',
      busy: [b('15:00', '16:00'), b('10:15', '10:45'), b('10:30', '11:10')],
      bufferMin: 0,
      incrementMin: 60,
      expected: ['09:00', '12:00', '13:00', '14:00', '16:00'],
    },
    {
      name: 'a booking on another day changes nothing',
      busy: [{ start: at('2026-04-02 12:00', BERLIN), end: at('2026-04-02 13:00', BERLIN) }],
      bufferMin: 0,
      incrementMin: 60,
      expected: times(9, 17),
    },
  ];
  it.each(cases)('$name', ({ busy, bufferMin, incrementMin, expected }) => {
    const query = dayQuery(WED, {
      constraints: nineToFive,
      busy: new Map([['a', busy]]),
      bufferMs: bufferMin * MIN,
      incrementMs: incrementMin * MIN,
    });
    expect(localStarts(query)).toEqual(expected);
  });

  it('busy time of one resource does not block another', () => {
    const query = dayQuery(WED, {
      resources: [resource('a', BERLIN), resource('b', BERLIN)],
      constraints: [{ allow_hours: { start: 9, end: 11 } }],
      busy: new Map([['b', [b('09:00', '11:00')]]]),
      mode: 'mutual',
    });
    expect(localStarts(query)).toEqual([]);
    expect(localStarts({ ...query, mode: 'roundrobin_prioritized', resources: [resource('b', BERLIN), resource('a', BERLIN)] })).toEqual([
      '09:00',
      '10:00',
    ]);
  });
});

describe('grid: length, increments, rounding, window and now', () => {
  const cases: Array<{
    name: string;
    constraints?: Constraint[];
    lengthMin?: number;
    incrementMin: number;
    round?: boolean;
    from?: string;
    to?: string;
    now?: string;
    expected: string[];
  }> = [
    {
      name: '45 min slots every 15 min',
      constraints: [{ allow_hours: { start: 9, end: 11 } }],
      lengthMin: 45,
      incrementMin: 15,
      expected: ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15'],
    },
    { name: 'increment longer than the slot', incrementMin: 120, constraints: nineToFive, expected: ['09:00', '11:00', '13:00', '15:00'] },
    {
      name: 'increment that does not divide the hour',
      incrementMin: 45,
      constraints: [{ allow_hours: { start: 9, end: 12 } }],
      expected: ['09:00', '09:45', '10:30'],
    },
    {
      name: 'slot longer than the window',
      lengthMin: 180,
      incrementMin: 60,
      constraints: [{ allow_hours: { start: 9, end: 11 } }],
      expected: [],
    },
    {
      name: 'round_to_nearest_hour moves 09:30 starts to 10:00',
      incrementMin: 30,
      round: true,
      constraints: [{ allow_hours: { start: '09:30', end: 17 } }],
      expected: times(10, 17),
    },
    {
      name: 'round_to_nearest_hour collapses a 45 min grid',
      incrementMin: 45,
      round: true,
      constraints: [{ allow_hours: { start: 9, end: 13 } }],
      expected: ['09:00', '10:00', '11:00', '12:00'],
    },
    {
      name: 'round_to_nearest_hour drops a start pushed past the window',
      incrementMin: 60,
      round: true,
      constraints: [{ allow_hours: { start: '09:30', end: '11:30' } }],
      expected: ['10:00'],
    },
    {
      name: 'from cuts without shifting the grid',
      incrementMin: 30,
      constraints: nineToFive,
      from: '12:15',
      expected: times(12.5, 16.5, 30),
    },
    {
      name: 'to cuts the last slots',
      incrementMin: 60,
      constraints: nineToFive,
      to: '15:00',
      expected: ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00'],
    },
    {
      name: 'now skips past grid points (no 10:10 slot)',
      incrementMin: 30,
      constraints: nineToFive,
      now: '10:10',
      expected: times(10.5, 16.5, 30),
    },
    {
      name: 'a slot starting exactly now is kept',
      incrementMin: 30,
      constraints: nineToFive,
      now: '10:30',
      expected: times(10.5, 16.5, 30),
    },
    { name: 'now after the window leaves nothing', incrementMin: 30, constraints: nineToFive, now: '23:59', expected: [] },
    {
      name: 'now with rounding: 10:10 gives 11:00 first',
      incrementMin: 30,
      round: true,
      constraints: nineToFive,
      now: '10:10',
      expected: times(11, 17),
    },
    {
      name: 'now with rounding on a 90 min grid keeps a start rounded up past now',
      incrementMin: 90,
      round: true,
      constraints: [{ allow_hours: { start: 0, end: 6 } }],
      now: '01:45',
      expected: ['02:00', '03:00', '05:00'],
    },
  ];
  it.each(cases)('$name', ({ constraints = [], lengthMin = 60, incrementMin, round = false, from, to, now, expected }) => {
    const base = dayQuery(WED);
    const query = dayQuery(WED, {
      constraints,
      lengthMs: lengthMin * MIN,
      incrementMs: incrementMin * MIN,
      roundToNearestHour: round,
      from: from ? at(`${WED} ${from}`, BERLIN) : base.from,
      to: to ? at(`${WED} ${to}`, BERLIN) : base.to,
      now: now ? at(`${WED} ${now}`, BERLIN) : 0,
    });
    expect(localStarts(query)).toEqual(expected);
  });

  it('rounds to whole hours of the resource wall clock, not of UTC (St_Johns, -02:30)', () => {
    const zone = 'America/St_Johns';
    const query = dayQuery(WED, {
      resources: [resource('a', zone)],
      constraints: [{ allow_hours: { start: '09:15', end: 12 } }],
      incrementMs: 30 * MIN,
      roundToNearestHour: true,
    });
    const slots = computeAvailability(query);
    expect(startsIn(slots, zone)).toEqual(['10:00', '11:00']);
    expect(new Date(slots[0].start).toISOString()).toBe('2026-04-01T12:30:00.000Z');
  });
});

describe('modes', () => {
  const a = resource('a', BERLIN, [{ allow_hours: { start: 9, end: 12 } }]);
  const bb = resource('b', BERLIN, [{ allow_hours: { start: 11, end: 14 } }]);
  const run = (overrides: Partial<AvailabilityQuery>) =>
    computeAvailability(dayQuery(WED, { resources: [a, bb], ...overrides })).map(
      (s) => `${new Intl.DateTimeFormat('en-GB', { timeZone: BERLIN, timeStyle: 'short' }).format(s.start)} ${s.resourceIds.join('+')}`,
    );

  it('roundrobin_prioritized gives each start to the first free resource in request order', () => {
    expect(run({ mode: 'roundrobin_prioritized' })).toEqual(['09:00 a', '10:00 a', '11:00 a', '12:00 b', '13:00 b']);
    expect(run({ mode: 'roundrobin_prioritized', resources: [bb, a] })).toEqual(['09:00 a', '10:00 a', '11:00 b', '12:00 b', '13:00 b']);
  });

  it('roundrobin_random picks among the free resources with the injected random', () => {
    expect(run({ mode: 'roundrobin_random', random: () => 0 })).toEqual(['09:00 a', '10:00 a', '11:00 a', '12:00 b', '13:00 b']);
    expect(run({ mode: 'roundrobin_random', random: () => 0.999 })).toEqual(['09:00 a', '10:00 a', '11:00 b', '12:00 b', '13:00 b']);
    let calls = 0;
    run({ mode: 'roundrobin_random', random: () => (calls++, 0.5) });
    expect(calls).toBe(1); // only the 11:00 start has a choice to make
    expect(run({ mode: 'roundrobin_random', random: () => 1 })).toContain('11:00 b');
  });

  it('mutual gives only times where every resource is free, listing all', () => {
    expect(run({ mode: 'mutual' })).toEqual(['11:00 a+b']);
    expect(run({ mode: 'mutual', busy: new Map([['b', [b('11:30', '11:45')]]]) })).toEqual([]);
  });

  it('mutual across zones anchors on the first resource grid', () => {
    const berlin = resource('berlin', BERLIN, nineToFive);
    const london = resource('london', 'Europe/London', nineToFive);
    const slots = computeAvailability(dayQuery(WED, { mode: 'mutual', resources: [berlin, london], incrementMs: 30 * MIN }));
    // Berlin 9-17 is 07-15 UTC, London 9-17 is 08-16 UTC: together 10:00-17:00 Berlin time.
    expect(startsIn(slots, BERLIN)).toEqual(times(10, 16.5, 30));
    expect(slots.every((s) => s.resourceIds.join() === 'berlin,london')).toBe(true);
    const stJohns = resource('sj', 'America/St_Johns');
    const mixed = computeAvailability(
      dayQuery(WED, {
        mode: 'mutual',
        resources: [stJohns, resource('x', BERLIN)],
        from: Date.UTC(2026, 3, 1),
        to: Date.UTC(2026, 3, 1, 4),
      }),
    );
    expect(mixed.map((s) => new Date(s.start).toISOString().slice(11, 16))).toEqual(['00:30', '01:30', '02:30']);
  });

  it('one entry per start time, sorted, even when several resources offer it', () => {
    const slots = computeAvailability(
      dayQuery(WED, { resources: [resource('x', BERLIN), resource('y', BERLIN), resource('z', 'Europe/London')] }),
    );
    const starts = slots.map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect([...starts].sort((p, q) => p - q)).toEqual(starts);
    // London's whole hours are Berlin's too, and x comes first: y and z never get a slot.
    expect(slots).toHaveLength(24);
    expect(slots.every((s) => s.resourceIds.join() === 'x')).toBe(true);
  });

  it('no resources, duplicate resources, and an empty window', () => {
    expect(computeAvailability(dayQuery(WED, { resources: [] }))).toEqual([]);
    const twice = computeAvailability(dayQuery(WED, { mode: 'mutual', resources: [a, a] }));
    expect(twice[0].resourceIds).toEqual(['a']);
    expect(computeAvailability(dayQuery(WED, { to: dayQuery(WED).from + 30 * MIN }))).toEqual([]);
  });

  it('every slot ends lengthMs after it starts', () => {
    const slots = computeAvailability(dayQuery(WED, { lengthMs: 50 * MIN, incrementMs: 20 * MIN }));
    expect(slots.every((s) => s.end - s.start === 50 * MIN)).toBe(true);
    expect(slots.length).toBe(Math.floor((24 * 60 - 50) / 20) + 1);
  });
});

describe('bad input the HTTP edge should have refused', () => {
  it.each([
    [{ lengthMs: 0 }, /lengthMs must be a positive/],
    [{ incrementMs: -5 }, /incrementMs must be a positive/],
    [{ incrementMs: Number.NaN }, /incrementMs/],
    [{ bufferMs: -1 }, /bufferMs must not be negative/],
    [{ from: Number.POSITIVE_INFINITY }, /from must be a finite/],
    [
      { constraints: [{ allow_hours: { start: 'nine', end: 17 } }] as unknown as Constraint[] },
      /constraints\[0\]: allow_hours.start must be an hour/,
    ],
    [
      { resources: [resource('r1', BERLIN, [{ block_day: { day: 'Caturday' } }])] },
      /resource r1 availability_constraints\[0\]: block_day.day/,
    ],
    [{ resources: [resource('r1', 'Mars/Olympus')], from: 0, to: 86_400_000 }, /resource r1 has an unknown timezone "Mars\/Olympus"/],
  ] as Array<[Partial<AvailabilityQuery>, RegExp]>)('%o throws %s', (overrides, message) => {
    expect(() => computeAvailability(dayQuery(WED, overrides))).toThrow(message);
  });

  it('a slot length of one hour is HOUR ms', () => expect(HOUR).toBe(3_600_000));
});
