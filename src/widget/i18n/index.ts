import { en, type MessageKey } from './en';

/** Values interpolated into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Locale-bound text and formatting for one mounted widget. Created once per widget. */
export interface I18n {
  /** BCP 47 tag actually used, e.g. `de-DE`. */
  locale: string;
  /** Text direction of the locale. */
  dir: 'ltr' | 'rtl';
  /** 12-hour clock? (locale rule unless `ui.time_date_format` says otherwise) */
  hour12: boolean;
  /** First day of the week, 0 = Sunday … 6 = Saturday. */
  weekStartsOn: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The message for `key`, plural form chosen by `params.count`, placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string;
  /** `3:00 PM` / `15:00` for an instant, in `timeZone`. */
  formatTime(date: Date, timeZone: string): string;
  /** A date in `timeZone`; `full` = "Tuesday, 24 November 2026", `long` = "24 November 2026", `monthYear` = "November 2026", `short` = "Tue, Nov 24", `weekdayDay` = "Tue 24". */
  formatDate(date: Date, timeZone: string, style: 'full' | 'long' | 'monthYear' | 'short' | 'weekdayDay'): string;
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
}

/**
 * Creates the I18n of one widget. (Minimal English-only placeholder; the i18n work replaces the body.)
 * @example createI18n({ locale: 'de' }).t('submit_button')
 */
export function createI18n(options: I18nOptions = {}): I18n {
  const locale = options.locale ?? 'en-US';
  const hour12 = options.timeDateFormat ? options.timeDateFormat.startsWith('12h') : true;
  const weekStartsOn = options.timeDateFormat === '24h-dmy-mon' ? 1 : 0;
  const overrides = options.overrides ?? {};
  return {
    locale,
    dir: 'ltr',
    hour12,
    weekStartsOn,
    t(key, params = {}) {
      const raw = (overrides[key] as string | undefined) ?? en[key];
      const text = typeof raw === 'string' ? raw : (params.count === 1 ? raw.one : raw.other) ?? raw.other;
      return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
    },
    formatTime: (date, timeZone) =>
      new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12, timeZone }).format(date),
    formatDate: (date, timeZone, style) => {
      const opts: Record<typeof style, Intl.DateTimeFormatOptions> = {
        full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
        long: { day: 'numeric', month: 'long', year: 'numeric' },
        monthYear: { month: 'long', year: 'numeric' },
        short: { weekday: 'short', month: 'short', day: 'numeric' },
        weekdayDay: { weekday: 'short', day: 'numeric' },
      };
      return new Intl.DateTimeFormat(locale, { ...opts[style], timeZone }).format(date);
    },
    weekdayNames: (style) => {
      const base = Date.UTC(2023, 0, 1); // a Sunday
      return Array.from({ length: 7 }, (_, i) =>
        new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
          new Date(base + ((i + weekStartsOn) % 7) * 86_400_000),
        ),
      );
    },
  };
}

export type { MessageKey } from './en';
