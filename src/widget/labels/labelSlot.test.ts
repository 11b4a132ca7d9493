import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { labelSlot } from './labelSlot';

const i = (locale: string, timeDateFormat?: string) => createI18n({ locale, timeDateFormat });
const slot = { start: '2026-11-24T15:00:00Z', end: '2026-11-24T15:30:00Z', resources: [{ id: 'd', name: 'Doc Brown', timezone: 'UTC' }] };

describe('labelSlot: time and full date in the chosen zone', () => {
  it.each([
    [i('en-US'), 'UTC', false, '3:00 PM, Tuesday, November 24, 2026'],
    [i('en-GB'), 'Europe/Berlin', false, '16:00, Tuesday, 24 November 2026'],
    [i('en-GB'), 'Pacific/Kiritimati', false, '05:00, Wednesday, 25 November 2026'], // the day moves with the zone
    [i('en-US'), 'America/St_Johns', false, '11:30 AM, Tuesday, November 24, 2026'],
    [i('en-US'), 'UTC', true, '3:00 PM, Tuesday, November 24, 2026, with Doc Brown'],
    [i('en-US', '24h-dmy-mon'), 'UTC', false, '15:00, Tuesday, November 24, 2026'],
    [i('de'), 'Europe/Berlin', false, '16:00, Dienstag, 24. November 2026'],
    [i('de'), 'UTC', true, '15:00, Dienstag, 24. November 2026, mit Doc Brown'],
    [i('de', '12h-mdy-sun'), 'Europe/Berlin', false, '4:00 PM, Dienstag, 24. November 2026'],
    [i('fr'), 'Europe/Paris', false, '16:00, mardi 24 novembre 2026'],
    [i('es'), 'UTC', true, '15:00, martes, 24 de noviembre de 2026, con Doc Brown'],
    [i('nl'), 'Europe/Amsterdam', false, '16:00, dinsdag 24 november 2026'],
    [i('ar'), 'Europe/Berlin', false, '4:00 م، الثلاثاء، 24 نوفمبر 2026'],
    [i('ar-EG'), 'Africa/Cairo', false, '٥:٠٠ م، الثلاثاء، ٢٤ نوفمبر ٢٠٢٦'],
  ])('%#: %s', (i18n, zone, withName, out) => expect(labelSlot(i18n, slot, zone, withName)).toBe(out));

  it('leaves the name out when asked for it but the slot has no resource', () => {
    expect(labelSlot(i('en-GB'), { ...slot, resources: [] }, 'UTC', true)).toBe('15:00, Tuesday, 24 November 2026');
  });
});
