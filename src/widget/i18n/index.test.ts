import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import { enSteps } from './enSteps';
import { createI18n } from './createI18nLoaded';
import { createI18n as createWithoutCatalogs, type I18nOptions, type MessageKey } from './index';

// Intl puts narrow/no-break spaces in some times ("3:05 PM"); compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('createI18n: locale, direction, clock, week', () => {
  it.each<[string, I18nOptions, string, 'ltr' | 'rtl', boolean, number]>([
    ['default', {}, 'en', 'ltr', true, 0],
    ['ui.locale', { locale: 'de-AT' }, 'de-AT', 'ltr', false, 1],
    ['browser', { navigatorLanguages: ['en-GB'] }, 'en-GB', 'ltr', false, 1],
    ['Arabic', { pageLang: 'ar' }, 'ar', 'rtl', true, 6],
    ['12h-mdy-sun preset over German', { locale: 'de', timeDateFormat: '12h-mdy-sun' }, 'de', 'ltr', true, 0],
    ['24h-dmy-mon preset over US English', { locale: 'en-US', timeDateFormat: '24h-dmy-mon' }, 'en-US', 'ltr', false, 1],
  ])('%s', (_, options, locale, dir, hour12, weekStartsOn) => {
    expect(createI18n(options)).toMatchObject({ locale, dir, hour12, weekStartsOn });
  });

  it.each<[I18nOptions, RegExp]>([
    [{ locale: 'english please' }, /ui\.locale/],
    [{ timeDateFormat: '24h' }, /ui\.time_date_format/],
    [{ overrides: { submit_button: 42 } }, /ui\.localization\.submit_button must be a text/],
    [{ overrides: { seats_left: { one: 'x' } } }, /ui\.localization\.seats_left/],
  ])('rejects malformed configuration: %j', (options, message) => {
    expect(() => createI18n(options)).toThrow(message);
  });
});

describe('t', () => {
  it.each<[string, I18nOptions, MessageKey, Record<string, string | number>, string]>([
    ['English', {}, 'submit_button', {}, 'Book it'],
    ['German', { locale: 'de' }, 'submit_button', {}, 'Buchen'],
    ['catalog by language for a regional tag', { locale: 'fr-CA' }, 'submit_button', {}, 'Réserver'],
    ['no catalog → English', { locale: 'pt-BR' }, 'submit_button', {}, 'Book it'],
    ['en plural one', {}, 'seats_left', { count: 1, total: 4 }, '1 of 4 seat left'],
    ['en plural other', {}, 'seats_left', { count: 3, total: 4 }, '3 of 4 seats left'],
    ['de plural one', { locale: 'de' }, 'duration_minutes', { count: 1 }, '1 Minute'],
    ['de plural other', { locale: 'de' }, 'duration_minutes', { count: 45 }, '45 Minuten'],
    ['de numbers', { locale: 'de' }, 'duration_minutes', { count: 1500 }, '1.500 Minuten'],
    ['ar zero', { locale: 'ar' }, 'duration_minutes', { count: 0 }, '0 دقيقة'],
    ['ar one', { locale: 'ar' }, 'duration_minutes', { count: 1 }, 'دقيقة واحدة'],
    ['ar two', { locale: 'ar' }, 'duration_minutes', { count: 2 }, 'دقيقتان'],
    ['ar few', { locale: 'ar' }, 'duration_minutes', { count: 5 }, '5 دقائق'],
    ['ar many', { locale: 'ar' }, 'duration_minutes', { count: 15 }, '15 دقيقة'],
    ['ar other', { locale: 'ar' }, 'duration_minutes', { count: 100 }, '100 دقيقة'],
    ['ar-EG writes Arabic-Indic digits, as its dates do', { locale: 'ar-EG' }, 'duration_minutes', { count: 15 }, '١٥ دقيقة'],
    // Portuguese calls 0 "one"; the English fallback text must still follow English rules.
    ['English text keeps English plural rules', { locale: 'pt-BR' }, 'seats_left', { count: 0, total: 2 }, '0 of 2 seats left'],
    [
      '{email}',
      {},
      'success_message',
      { email: 'ann@example.com' },
      'We have received your booking and sent a confirmation to ann@example.com',
    ],
    [
      'override with %s (Booking.js)',
      { overrides: { success_message: 'Done! A mail went to %s.' } },
      'success_message',
      { email: 'ann@example.com' },
      'Done! A mail went to ann@example.com.',
    ],
    [
      'override with {email}',
      { locale: 'de', overrides: { success_message: 'Mail an {email} ist raus' } },
      'success_message',
      { email: 'a@b.de' },
      'Mail an a@b.de ist raus',
    ],
    ['override wins over the catalog', { locale: 'fr', overrides: { submit_button: 'Go' } }, 'submit_button', {}, 'Go'],
    ['empty override is honoured', { overrides: { allocated_resource_prefix: '' } }, 'allocated_resource_prefix', {}, ''],
    ['undefined override is ignored', { overrides: { submit_button: undefined } }, 'submit_button', {}, 'Book it'],
    [
      'plural forms as override',
      { overrides: { seats_left: { one: 'last seat', other: '{count} seats' } } },
      'seats_left',
      { count: 1 },
      'last seat',
    ],
    ['a Booking.js key unknown to us is accepted', { overrides: { some_old_key: 'x' } }, 'submit_button', {}, 'Book it'],
  ])('%s', (_, options, key, params, expected) => {
    expect(createI18n(options).t(key, params)).toBe(expected);
  });

  it('never throws for a key it does not know: the key itself', () => {
    expect(createI18n({ locale: 'ar' }).t('no_such_key' as MessageKey)).toBe('no_such_key');
  });
});

describe('formatting in a given zone', () => {
  // Instants around the daylight-saving changes of both hemispheres and odd offsets.
  const times: Array<[iso: string, zone: string, en: string, de: string, ar: string]> = [
    ['2026-11-24T14:05:00Z', 'Europe/Berlin', '3:05 PM', '15:05', '3:05 م'],
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', '1:59 AM', '01:59', '1:59 ص'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '3:00 AM', '03:00', '3:00 ص'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '1:30 AM', '01:30', '1:30 ص'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '1:30 AM', '01:30', '1:30 ص'],
    ['2026-10-03T15:59:00Z', 'Australia/Sydney', '1:59 AM', '01:59', '1:59 ص'],
    ['2026-10-03T16:00:00Z', 'Australia/Sydney', '3:00 AM', '03:00', '3:00 ص'],
    ['2026-04-04T16:00:00Z', 'Australia/Sydney', '2:00 AM', '02:00', '2:00 ص'],
    ['2026-11-24T10:00:00Z', 'Asia/Kathmandu', '3:45 PM', '15:45', '3:45 م'],
    ['2026-11-24T10:00:00Z', 'Pacific/Kiritimati', '12:00 AM', '00:00', '12:00 ص'],
    ['2026-11-24T10:00:00Z', 'America/St_Johns', '6:30 AM', '06:30', '6:30 ص'],
  ];
  const en = createI18n({ locale: 'en-US' });
  const de = createI18n({ locale: 'de' });
  const ar = createI18n({ locale: 'ar' });
  it.each(times)('%s in %s', (iso, zone, enTime, deTime, arTime) => {
    expect(plain(en.formatTime(new Date(iso), zone))).toBe(enTime);
    expect(plain(de.formatTime(new Date(iso), zone))).toBe(deTime);
    expect(plain(ar.formatTime(new Date(iso), zone))).toBe(arTime);
  });

  it.each<[string, string | undefined, string]>([
    ['en-US', '24h-dmy-mon', '00:00'],
    ['de', '12h-mdy-sun', '12:00 AM'],
    ['es', undefined, '0:00'],
    ['fr-CA', undefined, '00 h 00'],
  ])('midnight in %s with %s is %s, never 24:00', (locale, timeDateFormat, expected) => {
    const i18n = createI18n({ locale, timeDateFormat });
    expect(plain(i18n.formatTime(new Date('2026-11-24T23:00:00Z'), 'Europe/Berlin'))).toBe(expected);
  });

  const evening = new Date('2026-11-24T23:30:00Z'); // already the 25th in Berlin, still the 24th in Los Angeles
  it.each<[string, 'full' | 'long' | 'monthYear' | 'short' | 'weekdayDay', string, string]>([
    ['en-US', 'full', 'Wednesday, November 25, 2026', 'Tuesday, November 24, 2026'],
    ['en-US', 'long', 'November 25, 2026', 'November 24, 2026'],
    ['en-US', 'monthYear', 'November 2026', 'November 2026'],
    ['en-US', 'short', 'Wed, Nov 25', 'Tue, Nov 24'],
    ['en-US', 'weekdayDay', 'Wed 25', 'Tue 24'],
    ['en-GB', 'full', 'Wednesday, 25 November 2026', 'Tuesday, 24 November 2026'],
    ['de-AT', 'full', 'Mittwoch, 25. November 2026', 'Dienstag, 24. November 2026'],
    ['de', 'weekdayDay', 'Mi., 25.', 'Di., 24.'],
    ['fr', 'long', '25 novembre 2026', '24 novembre 2026'],
    ['es', 'full', 'miércoles, 25 de noviembre de 2026', 'martes, 24 de noviembre de 2026'],
    ['nl', 'short', 'wo 25 nov', 'di 24 nov'],
    ['ar', 'long', '25 نوفمبر 2026', '24 نوفمبر 2026'],
  ])('%s %s', (locale, style, berlin, losAngeles) => {
    const i18n = createI18n({ locale });
    expect(plain(i18n.formatDate(evening, 'Europe/Berlin', style))).toBe(berlin);
    expect(plain(i18n.formatDate(evening, 'America/Los_Angeles', style))).toBe(losAngeles);
  });

  it.each<[I18nOptions, 'narrow' | 'short' | 'long', string]>([
    [{ locale: 'en-US' }, 'short', 'Sun Mon Tue Wed Thu Fri Sat'],
    [{ locale: 'de' }, 'short', 'Mo Di Mi Do Fr Sa So'],
    [{ locale: 'de' }, 'narrow', 'M D M D F S S'],
    [{ locale: 'ar' }, 'long', 'السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة'],
    [{ locale: 'en-US', timeDateFormat: '24h-dmy-mon' }, 'short', 'Mon Tue Wed Thu Fri Sat Sun'],
    [{ locale: 'fr', timeDateFormat: '12h-mdy-sun' }, 'long', 'dimanche lundi mardi mercredi jeudi vendredi samedi'],
  ])('weekday names %j %s', (options, style, expected) => {
    expect(createI18n(options).weekdayNames(style).join(' ')).toBe(expected);
  });

  it('names the zone when it is not an IANA zone', () => {
    expect(() => en.formatTime(new Date(), 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe('formatter cache', () => {
  const Original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = Original;
  });

  it('builds one Intl.DateTimeFormat per locale, option set and zone, shared by every widget of the page', () => {
    const i18n = createI18n({ locale: 'de' });
    let built = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Intl.DateTimeFormat;
    const at = new Date('2026-11-24T14:05:00Z');
    for (let i = 0; i < 5; i++) i18n.formatTime(at, 'Europe/Berlin');
    const afterOneZone = built;
    for (let i = 0; i < 5; i++) i18n.formatTime(at, 'Asia/Tokyo');
    expect(built - afterOneZone).toBe(1);
    for (let i = 0; i < 5; i++) i18n.formatDate(at, 'Asia/Tokyo', 'full');
    expect(built - afterOneZone).toBe(2);
    createI18n({ locale: 'de' }).formatTime(at, 'Asia/Tokyo'); // another widget: the same formatter
    expect(built - afterOneZone).toBe(2);
    createI18n({ locale: 'fr' }).formatTime(at, 'Asia/Tokyo'); // another locale: its own
    expect(built - afterOneZone).toBeGreaterThan(2);
  });
});

describe('a language whose catalog has not arrived', () => {
  it.each<[Record<string, never> | undefined]>([[undefined], [{}]])('speaks English with the locale kept (catalogs %j)', (catalogs) => {
    const i18n = createWithoutCatalogs({ locale: 'de-DE', catalogs });
    expect(i18n).toMatchObject({ locale: 'de-DE', catalog: 'de', hour12: false, weekStartsOn: 1 });
    expect(i18n.t('retry')).toBe('Try again');
    // English text keeps English plural rules; numbers follow the locale.
    expect(i18n.t('times_loaded', { count: 1500, date: 'x' })).toBe('1.500 times available from x');
    expect(plain(i18n.formatDate(new Date('2026-11-24T12:00:00Z'), 'Europe/Berlin', 'long'))).toBe('24. November 2026');
  });

  it('uses the catalog once it is passed in', () => {
    expect(createWithoutCatalogs({ locale: 'de', catalogs: { de: CATALOGS.de } }).t('submit_button')).toBe('Buchen');
    expect(createWithoutCatalogs({ locale: 'de', catalogs: { fr: CATALOGS.fr, en: enSteps } }).t('submit_button')).toBe('Book it');
  });

  it('English for the lazily loaded steps arrives with them (catalogs.en); the first screen’s is built in', () => {
    const before = createWithoutCatalogs({ locale: 'en' });
    expect(before.t('retry')).toBe('Try again');
    expect(before.t('submit_button')).toBe('submit_button');
    const after = createWithoutCatalogs({ locale: 'en', catalogs: { en: enSteps } });
    expect([after.t('retry'), after.t('submit_button')]).toEqual(['Try again', 'Book it']);
    // A German widget falls back to the same English for a key German lacks.
    expect(createWithoutCatalogs({ locale: 'de', catalogs: { de: {}, en: enSteps } }).t('book_another')).toBe('Book another time');
  });
});
