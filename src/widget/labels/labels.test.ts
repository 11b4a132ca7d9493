import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index';
import { enSteps } from '../i18n/enSteps';
import { labelDay } from './labelDay';
import { labelSlot } from './labelSlot';
import { labelTimeRange } from './labelTimeRange';

const gb = createI18n({ locale: 'en-GB' });
const us = createI18n({ locale: 'en-US' });
const slot = { start: '2026-11-24T15:00:00Z', end: '2026-11-24T15:30:00Z', resources: [{ id: 'd', name: 'Doc Brown', timezone: 'UTC' }] };

describe('labels', () => {
  it.each([
    [gb, '2026-11-24', 3, false, 'Tuesday, 24 November 2026, 3 times available'],
    [gb, '2026-11-24', 1, false, 'Tuesday, 24 November 2026, 1 time available'],
    [gb, '2026-11-24', 0, false, 'Tuesday, 24 November 2026, no times available'],
    [gb, '2026-11-24', 2, true, 'Tuesday, 24 November 2026, 2 times available (today)'],
    [us, '2026-11-24', 3, false, 'Tuesday, November 24, 2026, 3 times available'],
  ])('labelDay %#', (i18n, day, count, today, out) => expect(labelDay(i18n, day, count, today)).toBe(out));

  it.each([
    [us, 'UTC', false, '3:00 PM, Tuesday, November 24, 2026'],
    [gb, 'Europe/Berlin', false, '16:00, Tuesday, 24 November 2026'],
    [gb, 'Pacific/Kiritimati', false, '05:00, Wednesday, 25 November 2026'],
    [us, 'UTC', true, '3:00 PM, Tuesday, November 24, 2026, with Doc Brown'],
  ])('labelSlot %#', (i18n, zone, withName, out) => expect(labelSlot(i18n, slot, zone, withName)).toBe(out));

  it('labelTimeRange', () =>
    expect(labelTimeRange(createI18n({ locale: 'en-US', catalogs: { en: enSteps } }), slot.start, slot.end, 'America/Los_Angeles')).toBe(
      '7:00 AM – 7:30 AM',
    ));
});
