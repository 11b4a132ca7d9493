import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../../wire';
import { computeAvailability } from './computeAvailability';
import { at, dayQuery, localStarts, resource, times, MIN } from './testing';

// 2026-04-01 is a Wednesday, 2026-04-04 a Saturday; Berlin is on summer time (+02:00) for both.
const WED = '2026-04-01';
const SAT = '2026-04-04';
const ALL_DAY = times(0, 24);

interface Case {
  name: string;
  day?: string;
  constraints: Constraint[];
  own?: Constraint[];
  incrementMin?: number;
  expected: string[];
}

const cases: Case[] = [
  { name: 'no constraints: the whole day is open', constraints: [], expected: ALL_DAY },
  { name: 'allow_hours 9-17', constraints: [{ allow_hours: { start: 9, end: 17 } }], expected: times(9, 17) },
  {
    name: 'allow_hours "09:30"-17 on a 30 min grid',
    constraints: [{ allow_hours: { start: '09:30', end: 17 } }],
    incrementMin: 30,
    expected: times(9.5, 16.5, 30),
  },
  {
    name: 'allow_hours "9:30"-"12": the grid starts at the window',
    constraints: [{ allow_hours: { start: '9:30', end: '12' } }],
    expected: ['09:30', '10:30'],
  },
  { name: 'allow_hours 0-24 is the whole day', constraints: [{ allow_hours: { start: 0, end: 24 } }], expected: ALL_DAY },
  { name: 'allow_hours 18-24 ends at midnight', constraints: [{ allow_hours: { start: 18, end: 24 } }], expected: times(18, 24) },
  {
    name: 'allow_hours 22-2 wraps past midnight',
    constraints: [{ allow_hours: { start: 22, end: 2 } }],
    expected: ['00:00', '01:00', '22:00', '23:00'],
  },
  { name: 'block_hours 0-8 alone', constraints: [{ block_hours: { start: 0, end: 8 } }], expected: times(8, 24) },
  {
    name: 'block_hours 12-13 inside 9-17',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_hours: { start: 12, end: 13 } }],
    expected: ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'],
  },
  { name: 'block_hours 20-6 wraps', constraints: [{ block_hours: { start: 20, end: 6 } }], expected: times(6, 20) },
  {
    name: 'block_hours "12:15"-13 keeps the grid',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_hours: { start: '12:15', end: 13 } }],
    incrementMin: 30,
    expected: ['09:00', '09:30', '10:00', '10:30', '11:00', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00'],
  },
  { name: 'allow_day on that day', constraints: [{ allow_day: { day: 'Wednesday' } }], expected: ALL_DAY },
  { name: 'allow_day lower case', constraints: [{ allow_day: { day: 'wednesday' } }], expected: ALL_DAY },
  { name: 'allow_day on another day', constraints: [{ allow_day: { day: 'Thursday' } }], expected: [] },
  { name: 'block_day', constraints: [{ block_day: { day: 'Wednesday' } }], expected: [] },
  { name: 'block_day of another day', constraints: [{ block_day: { day: 'Tuesday' } }], expected: ALL_DAY },
  {
    name: 'allow_day_and_time',
    constraints: [{ allow_day_and_time: { day: 'Wednesday', start: 9, end: 12 } }],
    expected: ['09:00', '10:00', '11:00'],
  },
  { name: 'allow_day_and_time of another day', constraints: [{ allow_day_and_time: { day: 'Monday', start: 9, end: 12 } }], expected: [] },
  {
    name: 'allow_day_and_time wrapping from the day before',
    constraints: [{ allow_day_and_time: { day: 'Tuesday', start: 23, end: 2 } }],
    expected: ['00:00', '01:00'],
  },
  {
    name: 'block_day_and_time',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_day_and_time: { day: 'Wednesday', start: 9, end: 12 } }],
    expected: times(12, 17),
  },
  {
    name: 'block_day_and_time of another day',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_day_and_time: { day: 'Friday', start: 9, end: 12 } }],
    expected: times(9, 17),
  },
  {
    name: 'allow_period with offsets',
    constraints: [{ allow_period: { start: '2026-04-01T10:00:00+02:00', end: '2026-04-01T13:00:00+02:00' } }],
    expected: ['10:00', '11:00', '12:00'],
  },
  {
    name: 'allow_period in UTC',
    constraints: [{ allow_period: { start: '2026-04-01T08:00:00Z', end: '2026-04-01T11:00:00Z' } }],
    expected: ['10:00', '11:00', '12:00'],
  },
  {
    name: 'allow_period without offset is wall clock',
    constraints: [{ allow_period: { start: '2026-04-01T10:00', end: '2026-04-01T13:00' } }],
    expected: ['10:00', '11:00', '12:00'],
  },
  { name: 'allow_period of dates', constraints: [{ allow_period: { start: '2026-04-01', end: '2026-04-02' } }], expected: ALL_DAY },
  {
    name: 'allow_period elsewhere closes the day',
    constraints: [{ allow_period: { start: '2026-05-01T10:00:00Z', end: '2026-05-01T13:00:00Z' } }],
    expected: [],
  },
  {
    name: 'block_period',
    constraints: [
      { allow_hours: { start: 9, end: 17 } },
      { block_period: { start: '2026-04-01T10:30:00+02:00', end: '2026-04-01T14:00:00+02:00' } },
    ],
    expected: ['09:00', '14:00', '15:00', '16:00'],
  },
  { name: 'allow_weekdays on a Wednesday', constraints: [{ allow_weekdays: {} }], expected: ALL_DAY },
  { name: 'allow_weekdays on a Saturday', day: SAT, constraints: [{ allow_weekdays: {} }], expected: [] },
  { name: 'block_weekdays on a Wednesday', constraints: [{ block_weekdays: {} }], expected: [] },
  { name: 'block_weekdays on a Saturday', day: SAT, constraints: [{ block_weekdays: null }], expected: ALL_DAY },
  { name: 'allow_weekends on a Saturday', day: SAT, constraints: [{ allow_weekends: {} }], expected: ALL_DAY },
  { name: 'allow_weekends on a Wednesday', constraints: [{ allow_weekends: {} }], expected: [] },
  { name: 'block_weekends on a Saturday', day: SAT, constraints: [{ block_weekends: {} }], expected: [] },
  {
    name: 'weekdays + hours 9-17 on a Wednesday: the families intersect',
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }],
    expected: times(9, 17),
  },
  {
    name: 'weekdays + hours 9-17 on a Saturday: closed, Saturday is no weekday',
    day: SAT,
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }],
    expected: [],
  },
  {
    name: 'weekdays + hours + period: the period limits further',
    constraints: [
      { allow_weekdays: {} },
      { allow_hours: { start: 9, end: 17 } },
      { allow_period: { start: '2026-04-01T12:00', end: '2026-04-03' } },
    ],
    expected: times(12, 17),
  },
  {
    name: 'day_and_time intersects with hours',
    constraints: [{ allow_day_and_time: { day: 'Wednesday', start: 8, end: 12 } }, { allow_hours: { start: 10, end: 17 } }],
    expected: ['10:00', '11:00'],
  },
  {
    name: 'day + day_and_time of the same day intersect (different families)',
    constraints: [{ allow_day: { day: 'Wednesday' } }, { allow_day_and_time: { day: 'Wednesday', start: 9, end: 11 } }],
    expected: ['09:00', '10:00'],
  },
  {
    name: 'two day_and_time ranges unite',
    constraints: [
      { allow_day_and_time: { day: 'Wednesday', start: 9, end: 10 } },
      { allow_day_and_time: { day: 'Wednesday', start: 15, end: 16 } },
    ],
    expected: ['09:00', '15:00'],
  },
  {
    name: 'two allow_period ranges unite',
    constraints: [
      { allow_period: { start: '2026-04-01T09:00', end: '2026-04-01T10:00' } },
      { allow_period: { start: '2026-04-01T15:00', end: '2026-04-01T16:00' } },
    ],
    expected: ['09:00', '15:00'],
  },
  {
    name: 'an allow family with nothing in range closes everything',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { allow_period: { start: '2026-05-01T10:00:00Z', end: '2026-05-01T13:00:00Z' } }],
    expected: [],
  },
  {
    name: 'hours that miss the day_and_time leave nothing',
    constraints: [{ allow_day_and_time: { day: 'Wednesday', start: 8, end: 10 } }, { allow_hours: { start: 13, end: 17 } }],
    expected: [],
  },
  {
    name: 'blocks make no family: hours alone still open every day',
    constraints: [{ allow_hours: { start: 9, end: 12 } }, { block_day: { day: 'Thursday' } }],
    expected: times(9, 12),
  },
  {
    name: 'weekdays + hours: a block inside still wins',
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }, { block_hours: { start: 10, end: 16 } }],
    expected: ['09:00', '16:00'],
  },
  {
    name: 'weekdays minus hours: block wins',
    day: SAT,
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_weekends: {} }],
    expected: [],
  },
  {
    name: 'two allow_hours are a union',
    constraints: [{ allow_hours: { start: 9, end: 10 } }, { allow_hours: { start: 14, end: 15 } }],
    expected: ['09:00', '14:00'],
  },
  {
    name: 'touching allows merge into one window',
    constraints: [{ allow_hours: { start: 9, end: 12 } }, { allow_hours: { start: 12, end: 14 } }],
    incrementMin: 30,
    expected: times(9, 13.5, 30),
  },
  {
    name: 'a block wins over an allow',
    constraints: [{ allow_hours: { start: 9, end: 17 } }, { block_day: { day: 'Wednesday' } }],
    expected: [],
  },
  {
    name: "request and resource's own allows unite",
    constraints: [{ allow_hours: { start: 14, end: 16 } }],
    own: [{ allow_hours: { start: 9, end: 12 } }],
    expected: ['09:00', '10:00', '11:00', '14:00', '15:00'],
  },
  {
    name: "a request period intersects the resource's own working hours",
    constraints: [{ allow_period: { start: '2026-04-01T15:00', end: '2026-04-03' } }],
    own: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }],
    expected: ['15:00', '16:00'],
  },
  {
    name: "request weekends + resource's weekdays unite: the whole day",
    constraints: [{ allow_weekends: {} }],
    own: [{ allow_weekdays: {} }],
    expected: ALL_DAY,
  },
  {
    name: "request hours + resource's weekdays intersect",
    constraints: [{ allow_hours: { start: 9, end: 11 } }],
    own: [{ allow_weekdays: {} }],
    expected: ['09:00', '10:00'],
  },
  {
    name: "the resource's own block applies",
    constraints: [{ allow_hours: { start: 9, end: 17 } }],
    own: [{ block_hours: { start: 9, end: 15 } }],
    expected: ['15:00', '16:00'],
  },
];

// The week of Monday 2026-03-30 in Berlin (summer time all week): which days open, and when.
const MON = '2026-03-30';
interface WeekCase {
  name: string;
  constraints: Constraint[];
  own?: Constraint[];
  expected: string[];
}

const weekCases: WeekCase[] = [
  {
    name: 'two allow_day entries open both days',
    constraints: [{ allow_day: { day: 'Tuesday' } }, { allow_day: { day: 'Thursday' } }],
    expected: ['Tue 00:00-23:00', 'Thu 00:00-23:00'],
  },
  {
    name: 'allow_weekdays + allow_day Saturday opens Mon-Sat',
    constraints: [{ allow_weekdays: {} }, { allow_day: { day: 'Saturday' } }],
    expected: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `${d} 00:00-23:00`),
  },
  {
    name: 'allow_weekdays + allow_hours 9-17 is Mon-Fri 9-17',
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 17 } }],
    expected: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => `${d} 09:00-16:00`),
  },
  {
    name: 'weekdays + two hour ranges: both ranges on each weekday',
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 9, end: 10 } }, { allow_hours: { start: 14, end: 15 } }],
    expected: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => `${d} 09:00-14:00`),
  },
  {
    name: 'days from the request and the resource pool into one family',
    constraints: [{ allow_day: { day: 'Monday' } }],
    own: [{ allow_day: { day: 'Friday' } }, { allow_hours: { start: 9, end: 12 } }],
    expected: ['Mon 09:00-11:00', 'Fri 09:00-11:00'],
  },
  {
    name: 'weekdays + hours 22-2: Friday night ends at midnight, no Saturday morning, Monday morning stays',
    constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 22, end: 2 } }],
    expected: ['Mon 00:00-23:00', 'Tue 00:00-23:00', 'Wed 00:00-23:00', 'Thu 00:00-23:00', 'Fri 00:00-23:00'],
  },
  {
    name: 'weekdays + period: the period picks the days',
    constraints: [{ allow_weekdays: {} }, { allow_period: { start: '2026-04-02', end: '2026-04-06' } }],
    expected: ['Thu 00:00-23:00', 'Fri 00:00-23:00'],
  },
];

/** Each open day of the week as `"EEE first-last"` (first and last slot start). */
function daySummary(starts: string[]): string[] {
  const byDay = new Map<string, string[]>();
  for (const s of starts) {
    const [day, time] = s.split(' ');
    byDay.set(day, [...(byDay.get(day) ?? []), time]);
  }
  return [...byDay].map(([day, list]) => `${day} ${list[0]}-${list[list.length - 1]}`);
}

describe('allows unite within a family and intersect across families (our reading)', () => {
  it.each(weekCases)('$name', ({ constraints, own = [], expected }) => {
    const zone = 'Europe/Berlin';
    const query = dayQuery(MON, { resources: [resource('a', zone, own)], constraints, to: at('2026-04-06 00:00', zone) });
    expect(daySummary(localStarts(query, 'EEE HH:mm'))).toEqual(expected);
  });

  it('weekdays + hours 22-2 opens exactly the weekday evenings and the following weekday mornings', () => {
    const zone = 'Europe/Berlin';
    const query = dayQuery(MON, {
      resources: [resource('a', zone)],
      constraints: [{ allow_weekdays: {} }, { allow_hours: { start: 22, end: 2 } }],
      to: at('2026-04-06 00:00', zone),
    });
    const starts = localStarts(query, 'EEE HH:mm');
    expect(starts.filter((s) => s.startsWith('Fri') || s.startsWith('Sat'))).toEqual(['Fri 00:00', 'Fri 01:00', 'Fri 22:00', 'Fri 23:00']);
    expect(starts).toHaveLength(5 * 4);
  });
});

describe('constraints, read in the resource zone (Europe/Berlin)', () => {
  it.each(cases)('$name', ({ day = WED, constraints, own = [], incrementMin = 60, expected }) => {
    const query = dayQuery(day, { resources: [resource('a', 'Europe/Berlin', own)], constraints, incrementMs: incrementMin * MIN });
    expect(localStarts(query)).toEqual(expected);
  });

  it('wrapping hours give slots across midnight when the range allows', () => {
    const zone = 'Europe/Berlin';
    const query = dayQuery(WED, {
      resources: [resource('a', zone)],
      constraints: [{ allow_hours: { start: 22, end: 2 } }],
      incrementMs: 30 * MIN,
      to: at('2026-04-02 03:00', zone),
    });
    expect(localStarts(query, 'dd HH:mm')).toEqual([
      '01 00:00',
      '01 00:30',
      '01 01:00',
      '01 22:00',
      '01 22:30',
      '01 23:00',
      '01 23:30',
      '02 00:00',
      '02 00:30',
      '02 01:00',
    ]);
  });

  it('reads the same constraint in each resource zone', () => {
    const query = dayQuery(WED, {
      resources: [resource('a', 'Europe/Berlin'), resource('b', 'America/New_York')],
      constraints: [{ allow_hours: { start: 9, end: 10 } }],
      from: Date.UTC(2026, 3, 1),
      to: Date.UTC(2026, 3, 2),
    });
    expect(computeAvailability(query).map((s) => [new Date(s.start).toISOString(), s.resourceIds])).toEqual([
      ['2026-04-01T07:00:00.000Z', ['a']],
      ['2026-04-01T13:00:00.000Z', ['b']],
    ]);
  });
});
