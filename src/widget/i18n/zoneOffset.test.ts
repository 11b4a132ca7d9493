import { describe, expect, it } from 'vitest';
import { parseOffset } from './zoneInfo';
import { zoneOffsetMinutes } from './zoneOffset';

/** The offset as Intl names it ("GMT+05:45"), one formatter call per instant: what the cache must agree with. */
const names = new Map<string, Intl.DateTimeFormat>();
const named = (zone: string, ms: number) => {
  if (!names.has(zone)) names.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
  return parseOffset(names.get(zone)!.formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value) ?? 0;
};

const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/St_Johns', 'America/Santiago', 'Australia/Lord_Howe', 'Australia/Sydney', 'Pacific/Chatham', 'Pacific/Apia', 'Asia/Kathmandu', 'Asia/Tehran', 'Africa/Casablanca', 'Antarctica/Troll', 'Etc/GMT-14', 'UTC'];

describe('zoneOffsetMinutes (remembered per day, searched at changes)', () => {
  it('agrees with the zone’s Intl name at instant every 97 minutes 7 seconds across changes, in any order', () => {
    // Deterministic spread: 2011 (Apia skips 30 December) and 2024–2026, every ~97 minutes, then backwards.
    const starts = [Date.UTC(2011, 11, 20), Date.UTC(2024, 0, 1)];
    for (const zone of ZONES) {
      const instants: number[] = [];
      for (const start of starts) for (let t = start; t < start + (start === starts[0] ? 20 : 800) * 86_400_000; t += 97 * 60_000 + 7_000) instants.push(t);
      for (const t of [...instants, ...instants.reverse()]) {
        if (zoneOffsetMinutes(zone, new Date(t)) !== named(zone, t)) expect(`${zone} ${new Date(t).toISOString()} ${zoneOffsetMinutes(zone, new Date(t))}`).toBe(`${zone} ${new Date(t).toISOString()} ${named(zone, t)}`);
      }
    }
  }, 60_000);

  it('finds a change to the minute: the last minute before and the first after', () => {
    // London falls back at 01:00 UTC on 25 October 2026; New York springs forward at 07:00 UTC on 8 March 2026.
    expect(zoneOffsetMinutes('Europe/London', new Date('2026-10-25T00:59:59Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/London', new Date('2026-10-25T01:00:00Z'))).toBe(0);
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-03-08T06:59:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-03-08T07:00:00Z'))).toBe(-240);
  });

  it('needs no Intl for UTC, and names an unknown zone', () => {
    expect(zoneOffsetMinutes('Etc/UTC', new Date(0))).toBe(0);
    expect(() => zoneOffsetMinutes('Mars/Olympus', new Date(0))).toThrow(/Mars\/Olympus/);
  });
});
