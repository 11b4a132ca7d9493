import { formatInTimeZone } from 'date-fns-tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInZone } from './time';

const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Chatham', 'America/Sao_Paulo'];

describe('isoInZone', () => {
  it.each([
    [Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin', '2026-03-29T01:59:59+01:00'],
    [Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin', '2026-03-29T03:00:00+02:00'],
    [Date.parse('2026-11-01T09:30:00Z'), 'America/Los_Angeles', '2026-11-01T01:30:00-08:00'],
    [Date.parse('2026-03-02T08:00:00.999Z'), 'UTC', '2026-03-02T08:00:00Z'],
    [Date.parse('2026-07-01T12:00:00Z'), 'America/St_Johns', '2026-07-01T09:30:00-02:30'],
  ])('%d in %s → %s', (ms, zone, text) => expect(isoInZone(ms, zone)).toBe(text));

  it('matches date-fns-tz formatInTimeZone everywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(isoInZone(ms, zone)).toBe(formatInTimeZone(ms, zone, "yyyy-MM-dd'T'HH:mm:ssXXX"));
      }),
      { numRuns: 3000 },
    );
  });
});
