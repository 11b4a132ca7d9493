import { describe, expect, it } from 'vitest';
import { addUtcMonths, parseDuration, parseTimestamp } from './durations';

const NOW = Date.parse('2026-03-29T00:30:00Z');

describe('parseDuration', () => {
  it.each([
    ['30 minutes', 1_800_000],
    ['1 minute', 60_000],
    ['1 hour', 3_600_000],
    ['2 hours', 7_200_000],
    ['2 days', 172_800_000],
    ['3 weeks', 1_814_400_000],
    ['45 MINUTES', 2_700_000],
    ['90 seconds', 90_000],
    [' 15 min ', 900_000],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toEqual({ ok: true, value: ms }));

  it.each([['1 month'], ['an hour'], ['1.5 hours'], ['-1 hour'], ['hour'], [''], [30], [null], [{}], ['30 fortnights']])(
    'refuses %j with a message',
    (value) => {
      const r = parseDuration(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/duration|string|fixed length/);
    },
  );
});

describe('parseTimestamp', () => {
  it.each([
    ['now', NOW],
    ['NOW', NOW],
    ['2026-03-29T09:00:00+02:00', Date.parse('2026-03-29T07:00:00Z')],
    ['2026-03-29T09:00:00Z', Date.parse('2026-03-29T09:00:00Z')],
    ['2026-03-29T09:00+0530', Date.parse('2026-03-29T03:30:00Z')],
    ['2026-03-29T09:00:00.250-03:30', Date.parse('2026-03-29T12:30:00.250Z')],
    ['2028-02-29T00:00:00Z', Date.parse('2028-02-29T00:00:00Z')],
    ['4 weeks', NOW + 28 * 86_400_000],
    ['1 day', NOW + 86_400_000],
    ['6 months', Date.parse('2026-09-29T00:30:00Z')],
  ])('%s', (text, ms) => expect(parseTimestamp(text, NOW)).toEqual({ ok: true, value: ms }));

  it.each([
    ['2026-03-29T09:00:00'], // no offset: ambiguous
    ['2026-03-29'],
    ['2026-02-30T09:00:00Z'],
    ['2026-13-01T09:00:00Z'],
    ['2026-03-29T24:00:00Z'],
    ['2026-03-29T09:60:00Z'],
    ['tomorrow'],
    ['yesterday at noon'],
    [1711699200000],
    [null],
    // Beyond what ISO 8601's four-digit years can write back (a booking stored there broke every later list).
    ['9999999 months'],
    ['9999999 weeks'],
    ['0000-06-01T00:00:00Z'],
    ['9999-12-31T12:00:00Z'],
  ])('refuses %j', (value) => {
    const r = parseTimestamp(value, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/ISO 8601/);
  });
});

describe('addUtcMonths', () => {
  it.each([
    ['2026-03-05T00:00:00Z', 6, '2026-09-05T00:00:00.000Z'],
    ['2026-08-31T12:00:00Z', 6, '2027-02-28T12:00:00.000Z'],
    ['2027-08-31T12:00:00Z', 6, '2028-02-29T12:00:00.000Z'],
    ['2026-11-30T23:30:00Z', 3, '2027-02-28T23:30:00.000Z'],
    ['2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
  ])('%s + %d months → %s', (from, n, to) => expect(new Date(addUtcMonths(Date.parse(from), n)).toISOString()).toBe(to));
});
