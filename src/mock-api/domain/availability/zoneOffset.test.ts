import { describe, expect, it } from 'vitest';
import { isValidTimeZone, offsetAt, utcToWall, wallToUtc } from './zoneOffset';
import { localDays } from './localDays';
import { at } from './testing';

const H = 3_600_000;

/** Offset from Intl's own "GMT+05:45" label: a second, independent reading of the zone data. */
function labelledOffset(zone: string, t: number): number {
  const label = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(t)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(label)!;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

describe('offsetAt agrees with the zone data', () => {
  const zones = [
    'Europe/Berlin',
    'America/Los_Angeles',
    'Australia/Sydney',
    'America/St_Johns',
    'Pacific/Kiritimati',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'UTC',
  ];
  it.each(zones)('%s, every 7 hours through 2026', (zone) => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * H + 13 * 60_000) {
      expect(offsetAt(zone, t)).toBe(labelledOffset(zone, t));
    }
  });

  it('switches on the exact minute of the transition (Berlin, 2026-03-29 01:00Z)', () => {
    const at = Date.UTC(2026, 2, 29, 1);
    expect(offsetAt('Europe/Berlin', at - 1)).toBe(1 * H);
    expect(offsetAt('Europe/Berlin', at)).toBe(2 * H);
  });
});

describe('wallToUtc', () => {
  it.each([
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 9), Date.UTC(2026, 2, 29, 7), 'an ordinary time'],
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30), Date.UTC(2026, 2, 29, 1), 'inside the spring gap: the jump'],
    ['Europe/Berlin', Date.UTC(2026, 9, 25, 2, 30), Date.UTC(2026, 9, 25, 0, 30), 'the repeated hour: first pass'],
    ['America/Los_Angeles', Date.UTC(2026, 2, 8, 2, 15), Date.UTC(2026, 2, 8, 10), 'LA spring gap'],
    ['America/St_Johns', Date.UTC(2026, 0, 1, 9), Date.UTC(2026, 0, 1, 12, 30), 'a half-hour zone'],
    ['Pacific/Kiritimati', Date.UTC(2026, 0, 1, 0), Date.UTC(2025, 11, 31, 10), '+14'],
    ['Asia/Kathmandu', Date.UTC(2026, 0, 1, 5, 45), Date.UTC(2026, 0, 1, 0), '+05:45'],
  ])('%s %s: %s', (zone, local, utc) => {
    expect(wallToUtc(zone, local)).toBe(utc);
  });

  it('round-trips through utcToWall every 45 minutes of a year', () => {
    for (const zone of ['Europe/Berlin', 'Australia/Sydney', 'America/St_Johns']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 45 * 60_000) {
        const back = wallToUtc(zone, utcToWall(zone, t));
        // Only the second pass of a repeated hour maps back to the first pass, one hour earlier.
        expect([t, t - H]).toContain(back);
      }
    }
  });
});

describe('localDays', () => {
  it('gives 23, 24 and 25 hour days around the Berlin transitions', () => {
    const lengths = (from: number) => localDays('Europe/Berlin', from, from).map((d) => (d.end - d.start) / H);
    expect(lengths(Date.UTC(2026, 2, 29, 12))).toEqual([24, 23, 24]);
    expect(lengths(Date.UTC(2026, 9, 25, 12))).toEqual([24, 25, 24]);
  });
  it('names week days whatever the zone (2026-04-01 is a Wednesday)', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      const noon = at('2026-04-01 12:00', zone);
      const days = localDays(zone, noon, noon);
      expect(days.map((d) => d.dow)).toEqual([2, 3, 4]);
    }
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('%s → %s', (zone, valid) => expect(isValidTimeZone(zone)).toBe(valid));
});
