import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addMonthsToDay, daysInMonth, getMonthGrid, startOfWeek, weekday } from './dayKey';
import { getFocusableDate } from './getFocusableDate';
import { groupSlotsByDay, sameSlot } from './slots';
import { sessionsToSlots } from './sessions';
import { zoneOffsetMinutes } from '../i18n/zoneInfo';
import { dayKeyInZone, toIsoInZone } from './zone';

describe('day keys', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // EU DST day is still one day
    ['2026-01-01', -1, '2025-12-31'],
  ])('addDays(%s, %i) = %s', (key, n, out) => expect(addDays(key, n)).toBe(out));

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-05', 12, '2027-05'],
  ])('addMonths(%s, %i) = %s', (m, n, out) => expect(addMonths(m, n)).toBe(out));

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-15', 12, '2027-05-15'],
  ])('addMonthsToDay(%s, %i) = %s', (d, n, out) => expect(addMonthsToDay(d, n)).toBe(out));

  it.each([
    ['2026-11-24', 0, '2026-11-22'],
    ['2026-11-24', 1, '2026-11-23'],
    ['2026-11-22', 1, '2026-11-16'],
    ['2026-11-21', 6, '2026-11-21'],
  ])('startOfWeek(%s, %i) = %s', (d, s, out) => expect(startOfWeek(d, s)).toBe(out));

  it('knows weekdays and month lengths', () => {
    expect(weekday('2026-11-24')).toBe(2);
    expect([daysInMonth('2026-02'), daysInMonth('2028-02'), daysInMonth('2026-11')]).toEqual([28, 29, 30]);
  });

  it.each([
    ['2026-11', 0, 5, ['2026-11-01', '2026-11-02']],
    ['2026-11', 1, 6, [null, null, null, null, null, null, '2026-11-01']],
    ['2026-02', 0, 4, ['2026-02-01']],
    ['2026-08', 0, 6, [null, null, null, null, null, null, '2026-08-01']],
  ])('getMonthGrid(%s, weekStartsOn %i): %i weeks', (month, start, weeks, firstWeekStart) => {
    const grid = getMonthGrid(month, start);
    expect(grid).toHaveLength(weeks);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(grid[0].slice(0, firstWeekStart.length)).toEqual(firstWeekStart);
    expect(grid.flat().filter(Boolean)).toHaveLength(daysInMonth(month));
  });
});

describe('getFocusableDate', () => {
  it.each([
    ['ArrowRight', {}, '2026-11-25'],
    ['ArrowLeft', {}, '2026-11-23'],
    ['ArrowLeft', { rtl: true }, '2026-11-25'],
    ['ArrowRight', { rtl: true }, '2026-11-23'],
    ['ArrowDown', {}, '2026-12-01'],
    ['ArrowUp', {}, '2026-11-17'],
    ['PageDown', {}, '2026-12-24'],
    ['PageUp', {}, '2026-10-24'],
    ['PageDown', { shiftKey: true }, '2027-11-24'],
    ['PageUp', { shiftKey: true }, '2025-11-24'],
    ['Home', {}, '2026-11-23'],
    ['End', {}, '2026-11-29'],
    ['Home', { weekStartsOn: 0 }, '2026-11-22'],
    ['End', { weekStartsOn: 0 }, '2026-11-28'],
    ['Enter', {}, null],
    ['a', {}, null],
  ])('from 2026-11-24 %s %j → %s', (key, opts, out) => {
    expect(getFocusableDate('2026-11-24', key, { weekStartsOn: 1, ...opts })).toBe(out);
  });
  it('clamps PageDown at the month end', () => expect(getFocusableDate('2026-01-31', 'PageDown', { weekStartsOn: 1 })).toBe('2026-02-28'));
});

describe('zones', () => {
  it.each([
    ['2026-11-24T23:30:00Z', 'Europe/Berlin', '2026-11-25', 60, '2026-11-25T00:30:00+01:00'],
    ['2026-11-24T23:30:00Z', 'America/Los_Angeles', '2026-11-24', -480, '2026-11-24T15:30:00-08:00'],
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', '2026-03-29', 120, '2026-03-29T03:30:00+02:00'], // after the spring gap
    ['2026-04-05T15:30:00Z', 'Australia/Sydney', '2026-04-06', 600, '2026-04-06T01:30:00+10:00'], // southern DST ended
    ['2026-06-01T12:00:00Z', 'America/St_Johns', '2026-06-01', -150, '2026-06-01T09:30:00-02:30'],
    ['2026-06-01T12:00:00Z', 'Pacific/Kiritimati', '2026-06-02', 840, '2026-06-02T02:00:00+14:00'],
    ['2026-06-01T12:00:00Z', 'UTC', '2026-06-01', 0, '2026-06-01T12:00:00+00:00'],
  ])('%s in %s', (iso, zone, day, offset, local) => {
    const d = new Date(iso);
    expect(dayKeyInZone(d, zone)).toBe(day);
    expect(zoneOffsetMinutes(zone, d)).toBe(offset); // the offset toIsoInZone writes
    expect(toIsoInZone(d, zone)).toBe(local);
    expect(Date.parse(toIsoInZone(d, zone))).toBe(d.getTime());
  });
});

describe('slots', () => {
  const r = [{ id: 'r', name: 'R', timezone: 'UTC' }];
  const slots = [
    { start: '2026-11-24T23:30:00Z', end: '2026-11-25T00:00:00Z', resources: r },
    { start: '2026-11-24T09:00:00+01:00', end: '2026-11-24T09:30:00+01:00', resources: r },
    { start: '2026-11-19T09:00:00Z', end: '2026-11-19T09:30:00Z', resources: r },
  ];
  it('groups by the day in the chosen zone, sorted, dropping past slots', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    expect([...groupSlotsByDay(slots, 'UTC', now)].map(([d, s]) => [d, s.length])).toEqual([['2026-11-24', 2]]);
    expect([...groupSlotsByDay(slots, 'Asia/Tokyo', now).keys()]).toEqual(['2026-11-24', '2026-11-25']);
    expect(groupSlotsByDay(slots, 'UTC', now).get('2026-11-24')![0].start).toBe('2026-11-24T09:00:00+01:00');
  });
  it('puts every time on its own day across offset changes (reading the offset twice a day, not per time)', () => {
    // Changes at 01:00 UTC, at local midnight (Havana, Santiago), by half an hour (Lord Howe), a whole day (Apia 2011).
    const zones = ['Europe/London', 'America/St_Johns', 'America/Havana', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Apia'];
    const spans = ['2026-03-06T00:00:00Z', '2026-04-02T00:00:00Z', '2026-09-04T00:00:00Z', '2026-10-02T00:00:00Z', '2011-12-27T00:00:00Z'];
    for (const zone of zones) {
      for (const from of spans) {
        // Every 20 minutes for ten days, with gaps of a few hours some days.
        const times = Array.from({ length: 720 }, (_, i) => Date.parse(from) + i * 20 * 60_000).filter((ms) => (ms / 3_600_000) % 37 > 5);
        const list = times.map((ms) => ({ start: new Date(ms).toISOString(), end: new Date(ms + 1).toISOString(), resources: r }));
        const byDay = groupSlotsByDay(list, zone, new Date(0));
        for (const [day, s] of byDay)
          for (const slot of s) expect([zone, slot.start, dayKeyInZone(new Date(slot.start), zone)]).toEqual([zone, slot.start, day]);
        expect([...byDay.values()].flat()).toHaveLength(list.length);
      }
    }
  });
  it('compares instants, not strings', () => {
    expect(
      sameSlot(
        { start: '2026-11-24T10:00:00+01:00', end: '2026-11-24T10:30:00+01:00', resources: [] },
        { start: '2026-11-24T09:00:00Z', end: '2026-11-24T09:30:00Z', resources: [] },
      ),
    ).toBe(true);
    expect(sameSlot(null, slots[0])).toBe(false);
  });
  it('turns open group sessions into slots, keeping full ones and leaving out finished and cancelled ones', () => {
    const s = (id: string, max: number, cur: number, completed = false, state: 'tentative' | 'cancelled' = 'tentative') => ({
      id,
      state,
      graph: 'group_owner' as const,
      completed,
      available_actions: [],
      resource: { id: 'r', name: 'R' },
      attributes: {
        event_info: { start: `2026-11-2${id}T10:00:00Z`, end: `2026-11-2${id}T11:00:00Z`, what: 'W', where: '', description: '' },
        group_booking: { max_seats: max, current_seats: cur },
      },
    });
    expect(
      sessionsToSlots([s('5', 10, 2), s('4', 10, 10), s('3', 5, 0, true), s('2', 3, 1), s('6', 4, 0, false, 'cancelled')]).map(
        (x) => x.group!.id,
      ),
    ).toEqual(['2', '4', '5']);
  });
});
