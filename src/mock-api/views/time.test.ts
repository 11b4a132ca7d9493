import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInZone } from './time';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/Los_Angeles',
  'America/St_Johns',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'America/Sao_Paulo',
];

/** Independent oracle: Intl's own wall clock and `longOffset`, which never consult the process zone. */
function intlIso(ms: number, zone: string): string {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  });
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  const raw = p.timeZoneName.slice(3);
  const offset = raw === '' || raw === '+00:00' || raw === '-00:00' ? 'Z' : raw;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

describe('isoInZone', () => {
  it.each([
    [Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin', '2026-03-29T01:59:59+01:00'],
    [Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin', '2026-03-29T03:00:00+02:00'],
    [Date.parse('2026-11-01T09:30:00Z'), 'America/Los_Angeles', '2026-11-01T01:30:00-08:00'],
    [Date.parse('2026-03-02T08:00:00.999Z'), 'UTC', '2026-03-02T08:00:00Z'],
    [Date.parse('2026-07-01T12:00:00Z'), 'America/St_Johns', '2026-07-01T09:30:00-02:30'],
    // date-fns-tz 3 answers 01:01 here when the process runs in America/St_Johns (its DST began
    // 2006-04-02 00:01 local); Kathmandu had no DST, so 00:01 is right.
    [1143915360000, 'Asia/Kathmandu', '2006-04-02T00:01:00+05:45'],
  ])('%d in %s → %s', (ms, zone, text) => expect(isoInZone(ms, zone)).toBe(text));

  it('matches Intl everywhere, whatever the process zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          expect(isoInZone(ms, zone)).toBe(intlIso(ms, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
