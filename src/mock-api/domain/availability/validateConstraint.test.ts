import { describe, expect, it } from 'vitest';
import { parseConstraint } from './parseConstraint';
import { parseHour, parseDay } from './parseHour';
import { parseTimestamp } from './parseTimestamp';
import { validateConstraint } from './validateConstraint';

describe('validateConstraint accepts every kind the contract lists', () => {
  it.each([
    { allow_hours: { start: 9, end: 17 } },
    { allow_hours: { start: '09:30', end: '17' } },
    { block_hours: { start: '9:30', end: 24 } },
    { allow_hours: { start: 22, end: 2 } },
    { allow_hours: { start: 0, end: 24 } },
    { allow_day: { day: 'Monday' } },
    { block_day: { day: 'sunday' } },
    { allow_day_and_time: { day: 'Friday', start: 9, end: '12:45' } },
    { block_day_and_time: { day: 'TUESDAY', start: '13:00', end: 14 } },
    { allow_period: { start: '2026-03-29T09:00:00+02:00', end: '2026-03-29T17:00:00+02:00' } },
    { block_period: { start: '2026-12-24', end: '2026-12-27' } },
    { allow_period: { start: '2026-03-29T09:00:00.000Z', end: '2026-03-29 17:00' } },
    { allow_weekdays: {} },
    { block_weekdays: null },
    { allow_weekends: true },
    { block_weekends: {} },
  ])('%j', (constraint) => expect(validateConstraint(constraint)).toBeNull());
});

describe('validateConstraint names what is wrong', () => {
  it.each([
    [null, 'constraint must be an object with one key such as "allow_hours", got null'],
    [['allow_hours'], 'constraint must be an object'],
    [{}, 'constraint must have exactly one key such as "allow_hours", got none'],
    [{ allow_hours: { start: 9, end: 17 }, block_day: { day: 'Monday' } }, 'got "allow_hours", "block_day"'],
    [{ allow_hour: { start: 9, end: 17 } }, 'unknown constraint "allow_hour"; use one of allow_hours'],
    [{ allow_hours: 9 }, 'allow_hours must be an object such as {"start": 9, "end": 17}, got 9'],
    [{ allow_hours: { end: 17 } }, 'allow_hours.start must be an hour 0-24 or "HH:MM", got nothing'],
    [{ allow_hours: { start: 'nine', end: 17 } }, 'allow_hours.start must be an hour 0-24 or "HH:MM", got "nine"'],
    [{ block_hours: { start: 9, end: 25 } }, 'block_hours.end must be an hour 0-24 or "HH:MM", got 25'],
    [{ block_hours: { start: 9.5, end: 12 } }, 'block_hours.start must be an hour'],
    [{ block_hours: { start: '9:60', end: 12 } }, 'block_hours.start must be an hour'],
    [{ block_hours: { start: '24:30', end: 12 } }, 'block_hours.start must be an hour'],
    [{ allow_hours: { start: 9, end: '09:00' } }, 'allow_hours.end must differ from allow_hours.start (use 0 and 24 for a whole day)'],
    [{ allow_hours: { start: 24, end: 0 } }, 'allow_hours.end must differ'],
    [{ allow_day: { day: 'Mon' } }, 'allow_day.day must be a day name such as "Monday", got "Mon"'],
    [{ block_day: {} }, 'block_day.day must be a day name such as "Monday", got nothing'],
    [{ allow_day_and_time: { day: 'Monday', start: 9 } }, 'allow_day_and_time.end must be an hour'],
    [{ block_day_and_time: { start: 9, end: 10 } }, 'block_day_and_time.day must be a day name'],
    [
      { allow_period: { start: 'tomorrow', end: '2026-03-29T17:00:00Z' } },
      'allow_period.start must be an ISO 8601 timestamp such as "2026-03-29T09:00:00+02:00", got "tomorrow"',
    ],
    [{ allow_period: { start: '2026-02-30', end: '2026-03-29T17:00:00Z' } }, 'allow_period.start must be an ISO 8601 timestamp'],
    [{ block_period: { start: '2026-03-29T17:00:00Z', end: '2026-03-29T09:00:00Z' } }, 'block_period.end must be after block_period.start'],
    [{ allow_weekdays: { days: 5 } }, 'allow_weekdays takes no settings: write {"allow_weekdays": {}}'],
  ])('%j → %s', (constraint, message) => {
    expect(validateConstraint(constraint)).toContain(message);
  });
});

describe('parsing pieces', () => {
  it.each([
    [9, 540],
    [0, 0],
    [24, 1440],
    ['09:30', 570],
    ['9:30', 570],
    ['17', 1020],
    ['24:00', 1440],
    [' 8:05 ', 485],
    [-1, null],
    [25, null],
    ['', null],
    ['9.5', null],
    ['9:5', null],
    [true, null],
    [null, null],
  ])('parseHour(%j) = %j', (value, minutes) => expect(parseHour(value)).toBe(minutes));

  it.each([
    ['Monday', 1],
    ['monday', 1],
    ['SUNDAY', 0],
    ['saturday', 6],
    ['Mon', null],
    [3, null],
  ])('parseDay(%j) = %j', (value, day) => expect(parseDay(value)).toBe(day));

  it.each([
    ['2026-03-29T09:00:00+02:00', 'UTC', Date.UTC(2026, 2, 29, 7)],
    ['2026-03-29T09:00:00-0330', 'UTC', Date.UTC(2026, 2, 29, 12, 30)],
    ['2026-03-29T09:00:00.250Z', 'Europe/Berlin', Date.UTC(2026, 2, 29, 9, 0, 0, 250)],
    ['2026-03-29T09:00', 'Europe/Berlin', Date.UTC(2026, 2, 29, 7)],
    ['2026-03-29', 'Pacific/Kiritimati', Date.UTC(2026, 2, 28, 10)],
    ['2026-13-01', 'UTC', null],
    ['2026-03-29T25:00', 'UTC', null],
    ['29/03/2026', 'UTC', null],
  ])('parseTimestamp(%j, %s) = %j', (text, zone, expected) => expect(parseTimestamp(text, zone)).toBe(expected));

  it('turns a wrapping day_and_time into the evening and the next morning', () => {
    expect(parseConstraint({ block_day_and_time: { day: 'Saturday', start: 22, end: 3 } })).toEqual({
      rules: [
        { effect: 'block', family: 'day_and_time', kind: 'daily', days: 1 << 6, start: 1320, end: 1440 },
        { effect: 'block', family: 'day_and_time', kind: 'daily', days: 1 << 0, start: 0, end: 180 },
      ],
    });
  });
});
