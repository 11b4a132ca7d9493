import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { labelDay } from './labelDay';

const i = (locale: string, timeDateFormat?: string) => createI18n({ locale, timeDateFormat });

describe('labelDay: full date, count and state, in the locale', () => {
  it.each([
    [i('en-GB'), 3, false, 'Tuesday, 24 November 2026, 3 times available'],
    [i('en-GB'), 1, false, 'Tuesday, 24 November 2026, 1 time available'],
    [i('en-GB'), 0, false, 'Tuesday, 24 November 2026, no times available'],
    [i('en-GB'), 2, true, 'Tuesday, 24 November 2026, 2 times available (today)'],
    [i('en-US'), 3, false, 'Tuesday, November 24, 2026, 3 times available'],
    [i('en-US', '24h-dmy-mon'), 3, false, 'Tuesday, November 24, 2026, 3 times available'], // the preset sets clock and week, not date order
    [i('de'), 3, false, 'Dienstag, 24. November 2026, 3 freie Termine'],
    [i('de'), 1, true, 'Dienstag, 24. November 2026, 1 freier Termin (heute)'],
    [i('fr'), 0, false, 'mardi 24 novembre 2026, aucun créneau disponible'],
    [i('es'), 3, false, 'martes, 24 de noviembre de 2026, 3 horarios disponibles'],
    [i('nl'), 1, false, 'dinsdag 24 november 2026, 1 tijd beschikbaar'],
    [i('ar'), 3, false, 'الثلاثاء، 24 نوفمبر 2026، 3 مواعيد متاحة'],
    [i('ar'), 1, true, 'الثلاثاء، 24 نوفمبر 2026، موعد واحد متاح (اليوم)'],
    [i('ar-EG'), 3, false, 'الثلاثاء، ٢٤ نوفمبر ٢٠٢٦، ٣ مواعيد متاحة'],
  ])('%#: %s', (i18n, count, today, out) => expect(labelDay(i18n, '2026-11-24', count, today)).toBe(out));

  it('names the day of the key, not of the machine zone (day keys are zone-free)', () => {
    expect(labelDay(i('en-GB'), '2026-03-29', 0)).toBe('Sunday, 29 March 2026, no times available');
    expect(labelDay(i('en-GB'), '2026-01-01', 0)).toMatch(/^Thursday, 1 January 2026/);
  });

  it('takes ui.localization overrides', () => {
    const custom = createI18n({
      locale: 'en',
      overrides: { day_label: { one: '{date}: one slot open', other: '{date}: {count} slots open' } },
    });
    expect(labelDay(custom, '2026-11-24', 3)).toBe('Tuesday, November 24, 2026: 3 slots open');
  });
});
