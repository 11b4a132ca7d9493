import { describe, expect, it } from 'vitest';
import { clockRules, textDirection, usesHour12, weekStart, weekStartFallback } from './localeRules';

// Expected values as CLDR (and so Node 20 and Chromium) has them.
const LOCALES: Array<[tag: string, hour12: boolean, weekStartsOn: number]> = [
  ['en', true, 0],
  ['en-US', true, 0],
  ['en-GB', false, 1],
  ['en-IE', false, 1],
  ['en-AU', true, 1],
  ['en-CA', true, 0],
  ['de', false, 1],
  ['de-AT', false, 1],
  ['de-CH', false, 1],
  ['fr', false, 1],
  ['fr-CA', false, 0],
  ['es', false, 1],
  ['es-MX', true, 0],
  ['nl', false, 1],
  ['nl-BE', false, 1],
  ['ar', true, 6],
  ['ar-EG', true, 6],
  ['ar-SA', true, 0],
  ['ar-MA', false, 1],
  ['he', false, 0],
  ['pt-BR', false, 0],
  ['ja', false, 0],
];

describe('clock and week per locale', () => {
  it.each(LOCALES)('%s: 12h %s, week starts on day %s', (tag, hour12, week) => {
    expect(usesHour12(tag)).toBe(hour12);
    expect(weekStart(tag)).toBe(week);
    expect(clockRules(tag)).toEqual({ hour12, weekStartsOn: week });
  });

  // The table stands in where an engine lacks the Intl answer (Firefox): it must agree with it.
  it.each(LOCALES)('fallback table agrees with Intl for %s', (tag, _hour12, week) => {
    expect(weekStartFallback(tag)).toBe(week);
  });

  it('honours a -u-hc- / -u-fw- preference in the tag', () => {
    expect(usesHour12('en-US-u-hc-h23')).toBe(false);
    expect(weekStart('en-US-u-fw-mon')).toBe(1);
  });
});

describe('Booking.js time_date_format presets override the locale', () => {
  it.each<[string, string, boolean, number]>([
    ['de', '12h-mdy-sun', true, 0],
    ['ar', '12h-mdy-sun', true, 0],
    ['en-US', '24h-dmy-mon', false, 1],
    ['ar-EG', '24h-dmy-mon', false, 1],
    ['en-US', '', true, 0],
  ])('%s with %j', (tag, preset, hour12, weekStartsOn) => {
    expect(clockRules(tag, preset)).toEqual({ hour12, weekStartsOn });
  });

  it('rejects an unknown preset naming ui.time_date_format', () => {
    expect(() => clockRules('en', '24h-mdy-sun')).toThrow(/ui\.time_date_format must be "12h-mdy-sun" or "24h-dmy-mon"/);
    expect(() => clockRules('en', 'toString')).toThrow(/ui\.time_date_format/);
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    // No script subtag: the language's likely script decides.
    ['ps', 'rtl'],
    ['sd', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['ckb', 'rtl'],
    ['ug', 'rtl'],
    ['ar-Latn', 'ltr'],
    ['en', 'ltr'],
    ['de-AT', 'ltr'],
    ['tr', 'ltr'],
  ])('%s → %s', (tag, dir) => {
    expect(textDirection(tag)).toBe(dir);
  });
});

describe('fallback table against the runtime CLDR, region by region', () => {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const regions = [...letters]
    .flatMap((a) => [...letters].map((b) => a + b))
    // Known, current codes only (deprecated ones such as BU or YD canonicalize to another code).
    .filter((r) => r !== 'ZZ' && names.of(r) !== undefined && Intl.getCanonicalLocales(`und-${r}`)[0] === `und-${r}`);

  it('covers the world', () => {
    expect(regions.length).toBeGreaterThan(240);
  });

  it.each(regions)('%s', (region) => {
    for (const tag of [`en-${region}`, `ar-${region}`]) {
      expect([tag, weekStartFallback(tag)]).toEqual([tag, weekStart(tag)]);
    }
  });
});
