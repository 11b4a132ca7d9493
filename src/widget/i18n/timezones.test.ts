import { afterEach, describe, expect, it } from 'vitest';
import { detectTimeZone, listTimeZones, searchTimeZones, zoneLabel, zoneOffsetMinutes } from './timezones';

const JAN = new Date('2026-01-15T12:00:00Z');
const JUL = new Date('2026-07-15T12:00:00Z');
const plain = (text: string) => text.replace(/\u2212/g, '-');
const Original = { DateTimeFormat: Intl.DateTimeFormat, supportedValuesOf: Intl.supportedValuesOf };
afterEach(() => {
  Intl.DateTimeFormat = Original.DateTimeFormat;
  Intl.supportedValuesOf = Original.supportedValuesOf;
});

describe('zoneOffsetMinutes', () => {
  it.each<[string, Date, number]>([
    ['Europe/Berlin', JAN, 60],
    ['Europe/Berlin', JUL, 120],
    ['America/New_York', JAN, -300],
    ['America/New_York', JUL, -240],
    ['Australia/Sydney', JAN, 660],
    ['Australia/Sydney', JUL, 600],
    ['Australia/Lord_Howe', JAN, 660],
    ['Australia/Lord_Howe', JUL, 630],
    ['America/St_Johns', JAN, -210],
    ['Asia/Kathmandu', JAN, 345],
    ['Pacific/Chatham', JAN, 825],
    ['Pacific/Kiritimati', JAN, 840],
    ['Etc/GMT+5', JAN, -300],
    ['UTC', JUL, 0],
    // The last second before and the first instant after Berlin springs forward.
    ['Europe/Berlin', new Date('2026-03-29T00:59:59Z'), 60],
    ['Europe/Berlin', new Date('2026-03-29T01:00:00Z'), 120],
  ])('%s at %s → %i', (zone, now, minutes) => {
    expect(zoneOffsetMinutes(zone, now)).toBe(minutes);
  });
});

describe('zoneLabel', () => {
  it.each<[string, Date, string, string]>([
    ['Europe/Berlin', JAN, 'en', 'Berlin (GMT+01:00)'],
    ['Europe/Berlin', JUL, 'en', 'Berlin (GMT+02:00)'],
    ['Europe/Berlin', JAN, 'de', 'Berlin (GMT+01:00)'],
    ['Europe/Berlin', JAN, 'fr', 'Berlin (UTC+01:00)'],
    ['America/New_York', JAN, 'fr', 'New York (UTC-05:00)'],
    ['America/Argentina/Buenos_Aires', JAN, 'en', 'Buenos Aires (GMT-03:00)'],
    ['Asia/Calcutta', JAN, 'en', 'Kolkata (GMT+05:30)'],
    ['Europe/Kiev', JAN, 'en', 'Kyiv (GMT+02:00)'],
    ['Australia/Sydney', JUL, 'en', 'Sydney (GMT+10:00)'],
    ['UTC', JAN, 'ar', 'UTC'],
    ['Etc/GMT+5', JAN, 'en', 'GMT-05:00'],
  ])('%s at %s in %s', (zone, now, locale, label) => {
    expect(plain(zoneLabel(zone, now, locale))).toBe(label);
  });

  it('names a zone Intl does not know', () => {
    expect(() => zoneLabel('Europe/Atlantis', JAN, 'en')).toThrow(/Unknown time zone "Europe\/Atlantis"/);
  });
});

describe('listTimeZones', () => {
  it('lists every zone the runtime knows, plus UTC', () => {
    const zones = listTimeZones();
    expect(zones.length).toBeGreaterThan(400);
    expect(zones).toEqual(expect.arrayContaining(['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'Pacific/Kiritimati']));
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('adds requested zones once, under any spelling, and skips invalid ones', () => {
    const base = listTimeZones();
    const zones = listTimeZones(['Etc/GMT+5', 'Asia/Kolkata', 'Asia/Calcutta', 'utc', 'Not/AZone']);
    const added = zones.slice(base.length);
    expect(added).toContain('Etc/GMT+5');
    expect(added).not.toContain('Not/AZone');
    expect(added).not.toContain('utc');
    expect(zones.filter((z) => z === 'Asia/Kolkata' || z === 'Asia/Calcutta')).toHaveLength(1);
  });

  it('without Intl.supportedValuesOf (no target browser) still offers UTC and the requested zones', () => {
    Intl.supportedValuesOf = undefined as unknown as typeof Intl.supportedValuesOf;
    expect(listTimeZones(['America/Lima', 'Not/AZone'])).toEqual(['UTC', 'America/Lima']);
  });
});

describe('searchTimeZones', () => {
  const first = (query: string, locale = 'en', now = JAN) => searchTimeZones(query, now, locale)[0]?.zone;
  const all = (query: string, locale = 'en', now = JAN) => searchTimeZones(query, now, locale).map((o) => o.zone);

  it.each<[string, string, string]>([
    ['berlin', 'en', 'Europe/Berlin'],
    ['BERLIN', 'de', 'Europe/Berlin'],
    ['São Paulo', 'en', 'America/Sao_Paulo'],
    ['sao paulo', 'en', 'America/Sao_Paulo'],
    ['buenos', 'es', 'America/Buenos_Aires'],
    ['kolkata', 'en', 'Asia/Calcutta'],
    ['kyiv', 'en', 'Europe/Kiev'],
    ['new york', 'en', 'America/New_York'],
    ['new', 'en', 'America/New_York'], // not New Salem, North Dakota (a sub-region's zone)
    ['new_york', 'en', 'America/New_York'],
    ['utc', 'en', 'UTC'],
    ['UTC-3:30', 'en', 'America/St_Johns'],
    ['+05:45', 'en', 'Asia/Katmandu'],
  ])('%j in %s → %s first', (query, locale, zone) => {
    // The runtime may list the old or the new id (Asia/Calcutta or Asia/Kolkata): compare the city.
    const found = first(query, locale);
    expect(found && zoneLabel(found, JAN, 'en')).toBe(zoneLabel(zone, JAN, 'en'));
  });

  it.each<[string, Date, number]>([
    ['+01', JAN, 60],
    ['GMT+1', JAN, 60],
    ['utc+0100', JAN, 60],
    ['GMT+1', JUL, 60],
    ['+5:30', JAN, 330],
    ['−03', JAN, -180],
    ['EST', JAN, -300],
  ])('%j at %s: the best matches are the zones at offset %i then', (query, now, offset) => {
    const results = searchTimeZones(query, now, 'en');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0].offsetMinutes).toBe(offset);
  });

  it('reads offsets at `now`: Berlin is +1 in January, +2 in July', () => {
    expect(all('GMT+1', 'en', JAN)).toContain('Europe/Berlin');
    expect(all('GMT+1', 'en', JUL)).not.toContain('Europe/Berlin');
    expect(all('GMT+2', 'en', JUL)).toContain('Europe/Berlin');
  });

  it.each<[string, string]>([
    ['Central European Time', 'en'],
    ['central european', 'de'],
    ['Mitteleuropäische Zeit', 'de'],
    ['mitteleuropaische', 'de'],
    ['heure d’Europe centrale', 'fr'],
    ['توقيت وسط أوروبا', 'ar'],
  ])('generic name %j in %s finds Berlin among Central European zones', (query, locale) => {
    const results = searchTimeZones(query, JAN, locale);
    expect(results.map((o) => o.zone)).toContain('Europe/Berlin');
    expect(results.every((o) => o.offsetMinutes === 60)).toBe(true);
  });

  it('matches a localized name only in its own locale (plus English)', () => {
    expect(all('Mitteleuropäische Zeit', 'fr')).toEqual([]);
  });

  it('needs every word to match somewhere', () => {
    expect(all('america york')).toEqual(['America/New_York']);
    expect(all('europe york')).toEqual([]);
  });

  it('finds nothing for nonsense', () => {
    expect(all('xyzzy')).toEqual([]);
  });

  it('gives every zone for an empty query, ordered by offset', () => {
    const results = searchTimeZones('  ', JAN, 'en');
    expect(results.length).toBe(listTimeZones().length);
    const offsets = results.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(results.find((o) => o.zone === 'Europe/Berlin')).toEqual({
      zone: 'Europe/Berlin',
      label: 'Berlin (GMT+01:00)',
      offsetMinutes: 60,
    });
  });

  it('searches only the zones it is given', () => {
    expect(all('berlin', 'en').length).toBe(1);
    expect(searchTimeZones('e', JAN, 'en', ['Europe/Berlin', 'Asia/Tokyo']).map((o) => o.zone)).toEqual(['Europe/Berlin', 'Asia/Tokyo']);
  });
});

describe('detectTimeZone', () => {
  const reporting = (timeZone: string | undefined | Error) =>
    class extends Original.DateTimeFormat {
      override resolvedOptions(): Intl.ResolvedDateTimeFormatOptions {
        if (timeZone instanceof Error) throw timeZone;
        return { ...super.resolvedOptions(), timeZone: timeZone as string };
      }
    } as typeof Intl.DateTimeFormat;

  it.each<[string | undefined | Error, string]>([
    ['America/Lima', 'America/Lima'],
    [undefined, 'UTC'],
    ['', 'UTC'],
    ['Not/AZone', 'UTC'],
    [new Error('no Intl'), 'UTC'],
  ])('browser reports %j → %s', (reported, expected) => {
    Intl.DateTimeFormat = reporting(reported);
    expect(detectTimeZone()).toBe(expected);
  });

  it('reports the process zone when nothing is mocked', () => {
    expect(listTimeZones([detectTimeZone()])).toContain(detectTimeZone());
  });
});
