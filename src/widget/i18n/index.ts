import type { Catalog, MessageKey } from './en';
import { enFirst } from './enFirst';
import { LANGUAGES } from './languages';
import { createDateFormats } from './dateFormats';
import { formatMessage, isMessage, placeholders, type MessageLocale, type MessageValue } from './formatMessage';
import { clockRules, textDirection, type WeekDay } from './localeRules';
import { matchCatalog, resolveLocale } from './resolveLocale';

/** Values interpolated into `{name}` placeholders. */
import type { DateStyle } from './dateFormats';
export type MessageParams = Record<string, string | number>;

/** Locale-bound text and formatting for one mounted widget. Created once per widget. */
export interface I18n {
  /** BCP 47 tag actually used, e.g. `de-DE`. */
  locale: string;
  /** The catalog (language) the texts should come from, e.g. `de`; until it is loaded they are English. */
  catalog: string;
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  /** 12-hour clock? (locale rule unless `ui.time_date_format` says otherwise) */
  hour12: boolean;
  /** First day of the week, 0 = Sunday … 6 = Saturday. */
  weekStartsOn: WeekDay;
  /** The message for `key`, plural form chosen by `params.count`, placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string;
  /** `3:00 PM` / `15:00` for an instant, in `timeZone`. */
  formatTime(date: Date, timeZone: string): string;
  /** A date in `timeZone`; `full` = "Tuesday, 24 November 2026", `long` = "24 November 2026", `monthYear` = "November 2026", `short` = "Tue, Nov 24", `weekdayDay` = "Tue 24". */
  formatDate(date: Date, timeZone: string, style: DateStyle): string;
  /** Weekday names starting at `weekStartsOn`. */
  weekdayNames(style: 'narrow' | 'short' | 'long'): string[];
}

/** Inputs that choose a locale and its overrides. */
export interface I18nOptions {
  /** `ui.locale` / `data-locale`; wins over everything. */
  locale?: string;
  /** The host page's `<html lang>`. */
  pageLang?: string;
  /** `navigator.languages`. */
  navigatorLanguages?: readonly string[];
  /** `ui.localization`: message overrides, Booking.js keys included (`%s` is accepted as a placeholder). */
  overrides?: Record<string, unknown>;
  /** `ui.time_date_format`: `12h-mdy-sun` or `24h-dmy-mon`. */
  timeDateFormat?: string;
  /**
   * The translations loaded so far, by language (`createCatalogStore`). A language that is chosen
   * but not (yet) here speaks English with the locale's dates and numbers. English is built in for
   * the first screen (`enFirst`); `en` here adds the steps' English once they are loaded (`enSteps`).
   */
  catalogs?: Readonly<Record<string, Partial<Catalog>>>;
}

/**
 * Creates the I18n of one widget: resolves the locale (see README), its direction, clock and week
 * start, and binds messages and Intl formatting to it. Everything it caches lives in the returned
 * object, so two widgets on one page share nothing.
 * @throws RangeError / TypeError naming `ui.locale`, `ui.time_date_format` or `ui.localization.<key>`
 *   when the site author's configuration is malformed.
 * @example createI18n({ locale: 'de', catalogs: { de } }).t('submit_button') // 'Buchen'
 */
export function createI18n(options: I18nOptions = {}): I18n {
  const { locale, catalog } = resolveLocale(options, LANGUAGES);
  const english: Partial<Record<string, MessageValue>> = { ...enFirst, ...options.catalogs?.en };
  const messages: Partial<Record<string, MessageValue>> = (catalog === 'en' ? english : options.catalogs?.[catalog]) ?? {};
  const overrides = checkOverrides(options.overrides ?? {});
  const { hour12, weekStartsOn } = clockRules(locale, options.timeDateFormat);
  // Plural rules follow the language a text is written in: English fallback text takes English rules.
  const catalogLanguage = matchCatalog(locale, [catalog]) ? locale : catalog;
  const numbers = new Intl.NumberFormat(locale);
  const plurals: Record<string, Intl.PluralRules> = {};
  return {
    locale,
    catalog,
    dir: textDirection(locale),
    hour12,
    weekStartsOn,
    t(key, params = {}) {
      const [value, language] =
        overrides[key] !== undefined
          ? [overrides[key], locale]
          : messages[key] !== undefined
            ? [messages[key], catalogLanguage]
            : [english[key], 'en'];
      if (value === undefined) return key;
      const rules = (plurals[language] ??= new Intl.PluralRules(language));
      const englishValue = english[key];
      const inLanguage: MessageLocale = { plural: (n) => rules.select(n), number: (n) => numbers.format(n) };
      return formatMessage(value, params, inLanguage, englishValue ? placeholders(englishValue) : []);
    },
    ...createDateFormats(locale, hour12, weekStartsOn),
  };
}

/**
 * Validates `ui.localization`: each value a text, or plural forms (strings) with an `other` form.
 * Unknown keys pass (a Booking.js configuration may carry keys this widget does not show);
 * `undefined` values are dropped.
 * @throws TypeError naming `ui.localization.<key>` for any other value.
 * @example checkOverrides({ submit_button: 'Go' }) // { submit_button: 'Go' }
 */
function checkOverrides(overrides: Record<string, unknown>): Partial<Record<string, MessageValue>> {
  const checked: Partial<Record<string, MessageValue>> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!isMessage(value)) {
      throw new TypeError(
        `ui.localization.${key} must be a text, or plural forms like { "one": "…", "other": "…" }; got ${JSON.stringify(value)}.`,
      );
    }
    checked[key] = value;
  }
  return checked;
}

export type { MessageKey } from './en';
