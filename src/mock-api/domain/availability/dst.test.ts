import { describe, expect, it } from 'vitest';
import { computeAvailability } from './computeAvailability';
import { at, dayQuery, localStarts, MIN, resource, startsIn, times, wall } from './testing';

const allDay = (skip: string[] = [], twice: string[] = []) =>
  times(0, 24).flatMap((t) => (skip.includes(t) ? [] : twice.includes(t) ? [t, t] : [t]));

// Each row is one local day on which the clocks change (2026), read with no constraints and with 9-17.
const transitions = [
  { zone: 'Europe/Berlin', day: '2026-03-29', kind: 'spring', allDay: allDay(['02:00']), utcNine: '07:00' },
  { zone: 'Europe/Berlin', day: '2026-10-25', kind: 'autumn', allDay: allDay([], ['02:00']), utcNine: '08:00' },
  { zone: 'America/Los_Angeles', day: '2026-03-08', kind: 'spring', allDay: allDay(['02:00']), utcNine: '16:00' },
  { zone: 'America/Los_Angeles', day: '2026-11-01', kind: 'autumn', allDay: allDay([], ['01:00']), utcNine: '17:00' },
  { zone: 'Australia/Sydney', day: '2026-04-05', kind: 'autumn', allDay: allDay([], ['02:00']), utcNine: '23:00' },
  { zone: 'Australia/Sydney', day: '2026-10-04', kind: 'spring', allDay: allDay(['02:00']), utcNine: '22:00' },
  { zone: 'America/St_Johns', day: '2026-03-08', kind: 'spring', allDay: allDay(['02:00']), utcNine: '11:30' },
];

describe('daylight-saving days are real days', () => {
  it.each(transitions)('$zone $day ($kind): every hour that exists, once per real hour', ({ zone, day, allDay: expected }) => {
    const query = dayQuery(day, { resources: [resource('a', zone)] });
    const slots = computeAvailability(query);
    expect(startsIn(slots, zone)).toEqual(expected);
    expect(slots.every((s, i) => i === 0 || s.start - slots[i - 1].start === 60 * MIN)).toBe(true);
    expect(slots.every((s) => wall(s.start, zone, 'yyyy-MM-dd') === day)).toBe(true);
  });

  it.each(transitions)('$zone $day ($kind): 9-17 stays 9-17 wall clock', ({ zone, day, utcNine }) => {
    const slots = computeAvailability(
      dayQuery(day, { resources: [resource('a', zone)], constraints: [{ allow_hours: { start: 9, end: 17 } }] }),
    );
    expect(startsIn(slots, zone)).toEqual(times(9, 17));
    expect(new Date(slots[0].start).toISOString().slice(11, 16)).toBe(utcNine);
  });

  it.each(transitions)('$zone: a working week across $day keeps 8 local hours a day', ({ zone, day }) => {
    const from = at(`${day} 00:00`, zone) - 3 * 86_400_000;
    const slots = computeAvailability({
      ...dayQuery(day, { resources: [resource('a', zone)] }),
      from,
      to: from + 7 * 86_400_000,
      constraints: [{ allow_hours: { start: 9, end: 17 } }],
    });
    const byDay = new Map<string, string[]>();
    for (const s of slots)
      byDay.set(wall(s.start, zone, 'yyyy-MM-dd'), [...(byDay.get(wall(s.start, zone, 'yyyy-MM-dd')) ?? []), wall(s.start, zone, 'HH:mm')]);
    expect(byDay.get(day)).toEqual(times(9, 17));
    for (const hours of byDay.values()) expect(hours).toEqual(times(9, 17));
  });

  it('a 30 min grid runs on in real time through the spring gap (Berlin)', () => {
    const query = dayQuery('2026-03-29', {
      incrementMs: 30 * MIN,
      lengthMs: 30 * MIN,
      constraints: [{ allow_hours: { start: 0, end: 5 } }],
    });
    expect(localStarts(query)).toEqual(['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00', '04:30']);
  });

  it('a window starting inside the spring gap starts when the clocks jump (Berlin 02:30 → 03:00)', () => {
    const query = dayQuery('2026-03-29', { constraints: [{ allow_hours: { start: '02:30', end: 5 } }] });
    expect(localStarts(query)).toEqual(['03:00', '04:00']);
  });

  it('a window starting in the repeated autumn hour starts at its first occurrence (Berlin 02:30 CEST)', () => {
    const query = dayQuery('2026-10-25', { constraints: [{ allow_hours: { start: '02:30', end: 5 } }] });
    const slots = computeAvailability(query);
    expect(startsIn(slots, 'Europe/Berlin', 'HH:mm xxx')).toEqual(['02:30 +02:00', '02:30 +01:00', '03:30 +01:00']);
  });

  it('a block in the repeated hour closes both passes of it (LA 01:00-02:00 on 2026-11-01)', () => {
    const zone = 'America/Los_Angeles';
    const query = dayQuery('2026-11-01', { resources: [resource('a', zone)], constraints: [{ block_hours: { start: 1, end: 2 } }] });
    // The block runs from the first 01:00 (PDT) to 02:00 (PST): two real hours.
    expect(localStarts(query)).toEqual(allDay(['01:00']));
  });
});

describe('zones far from UTC', () => {
  it('St_Johns (-02:30 in summer) 9-17 starts at 11:30 UTC', () => {
    const zone = 'America/St_Johns';
    const slots = computeAvailability(
      dayQuery('2026-04-01', { resources: [resource('a', zone)], constraints: [{ allow_hours: { start: 9, end: 17 } }] }),
    );
    expect(startsIn(slots, zone)).toEqual(times(9, 17));
    expect(new Date(slots[0].start).toISOString()).toBe('2026-04-01T11:30:00.000Z');
  });

  it('St_Johns (-03:30 in winter) no constraints: the grid is on local hours, :30 UTC', () => {
    const zone = 'America/St_Johns';
    const slots = computeAvailability(dayQuery('2026-01-14', { resources: [resource('a', zone)] }));
    expect(slots).toHaveLength(24);
    expect(new Date(slots[0].start).toISOString()).toBe('2026-01-14T03:30:00.000Z');
  });

  it('Kiritimati (+14) Wednesday is mostly Tuesday in UTC', () => {
    const zone = 'Pacific/Kiritimati';
    const query = dayQuery('2026-04-01', {
      resources: [resource('a', zone)],
      constraints: [{ allow_day: { day: 'Wednesday' } }, { block_hours: { start: 12, end: 24 } }],
    });
    const slots = computeAvailability({ ...query, from: query.from - 86_400_000, to: query.to + 86_400_000 });
    expect(startsIn(slots, zone, 'EEE HH:mm')).toEqual(times(0, 12).map((t) => `Wed ${t}`));
    expect(new Date(slots[0].start).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });

  it('Kiritimati and St_Johns mutual: 17.5 hours apart, one hour in common', () => {
    const kiri = resource('k', 'Pacific/Kiritimati', [{ allow_hours: { start: 6, end: 9 } }]);
    const stj = resource('s', 'America/St_Johns', [{ allow_hours: { start: 13, end: 16 } }]);
    const slots = computeAvailability({
      ...dayQuery('2026-04-01'),
      resources: [stj, kiri],
      mode: 'mutual',
      from: Date.UTC(2026, 2, 31),
      to: Date.UTC(2026, 3, 3),
      incrementMs: 30 * MIN,
    });
    // St_Johns 13:00-16:00 (-02:30) is 15:30-18:30 UTC; Kiritimati 06:00-09:00 (+14) is 16:00-19:00 UTC.
    expect([...new Set(startsIn(slots, 'UTC', 'HH:mm'))]).toEqual(['16:00', '16:30', '17:00', '17:30']);
    expect(slots.every((s) => s.resourceIds.join() === 's,k')).toBe(true);
  });
});
