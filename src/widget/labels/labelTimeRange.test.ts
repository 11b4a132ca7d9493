import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index';
import { enSteps } from '../i18n/enSteps';
import { labelTimeRange } from './labelTimeRange';

// `time_range` is a text of the steps (form, confirmation, sessions), which bring it along.
const i = (locale: string, timeDateFormat?: string) => createI18n({ locale, timeDateFormat, catalogs: { en: enSteps } });

describe('labelTimeRange', () => {
  it.each([
    [i('en-US'), 'America/Los_Angeles', '7:00 AM – 7:30 AM'],
    [i('en-GB'), 'Europe/London', '15:00 – 15:30'],
    [i('de'), 'Europe/Berlin', '16:00 – 16:30'],
    [i('de', '12h-mdy-sun'), 'Europe/Berlin', '4:00 PM – 4:30 PM'],
    [i('en-US', '24h-dmy-mon'), 'America/New_York', '10:00 – 10:30'],
    [i('ar'), 'Asia/Riyadh', '6:00 م – 6:30 م'],
    [i('fr'), 'Asia/Kolkata', '20:30 – 21:00'],
  ])('%#: %s', (i18n, zone, out) => expect(labelTimeRange(i18n, '2026-11-24T15:00:00Z', '2026-11-24T15:30:00Z', zone)).toBe(out));

  it('spans a daylight-saving change at the offsets of each end', () => {
    // Europe/Berlin leaves summer time at 01:00 UTC on 25 October 2026: 02:30 CEST, then 02:30 CET.
    expect(labelTimeRange(i('de'), '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', 'Europe/Berlin')).toBe('02:30 – 02:30');
  });
});
