import type { WeekDay } from './localeRules';
import { cachedFormat } from './formatCache';

/** A date style of {@link DateFormats.formatDate}. */
export type DateStyle = 'full' | 'long' | 'monthYear' | 'short' | 'weekdayDay' | 'dayMonth';

/** Date and time formatting bound to one locale and clock. */
export interface DateFormats {
  formatTime(date: Date, timeZone: string): string;
  formatDate(date: Date, timeZone: string, style: DateStyle): string;
  weekdayNames(style: 'narrow' | 'short' | 'long'): string[];
}

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  short: { weekday: 'short', month: 'short', day: 'numeric' },
  weekdayDay: { weekday: 'short', day: 'numeric' },
  dayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
};

/**
 * Formatters for one locale. `Intl.DateTimeFormat` instances are slow to create, so each distinct
 * (locale, options, zone) is built once for the page (`cachedFormat`; they never change, so widgets share them).
 * The clock follows the locale unless a preset forces the other one (see `clockOptions`).
 * Every call names its time zone: output never depends on the zone of the machine.
 * @throws RangeError naming the zone when `timeZone` is not an IANA zone.
 * @example createDateFormats('de-AT', false, 1).formatTime(new Date('2026-11-24T14:00:00Z'), 'Europe/Vienna') // '15:00'
 */
export function createDateFormats(locale: string, hour12: boolean, weekStartsOn: WeekDay): DateFormats {
  const format = (options: Intl.DateTimeFormatOptions, date: Date) => cachedFormat(locale, options).format(date);
  let timeOptions: Intl.DateTimeFormatOptions | undefined;
  return {
    formatTime: (date, timeZone) => format({ ...(timeOptions ??= clockOptions(locale, hour12)), timeZone }, date),
    formatDate: (date, timeZone, style) => {
      if (style !== 'weekdayDay' || !/^en\b/.test(locale)) return format({ ...STYLES[style], timeZone }, date);
      // CLDR's English pattern for weekday + day is "25 Wed"; a calendar column reads "Wed 25".
      return `${format({ weekday: 'short', timeZone }, date)} ${format({ day: 'numeric', timeZone }, date)}`;
    },
    weekdayNames: (style) =>
      Array.from({ length: 7 }, (_, i) =>
        // 2023-01-01 was a Sunday; days counted in UTC walk the week without any zone in play.
        format({ weekday: style, timeZone: 'UTC' }, new Date(Date.UTC(2023, 0, 1 + ((i + weekStartsOn) % 7)))),
      ),
  };
}

/**
 * Time options for the wanted clock. When it is the locale's own, the locale's short time pattern is
 * used as is (German "09:00", Spanish "9:00", Canadian French "9 h 00"). When a preset forces the
 * other clock, `hourCycle` says which (`h12`/`h23`, never `hour12`, which some engines resolve to
 * `h24` and print "24:00"); a forced 24-hour clock gets two-digit hours ("09:00"), as 24-hour times
 * are written almost everywhere. (Every engine the script runs on has `timeStyle`.)
 */
function clockOptions(locale: string, hour12: boolean): Intl.DateTimeFormatOptions {
  const hourCycle = hour12 ? 'h12' : 'h23';
  if (cachedFormat(locale, { timeStyle: 'short' }).resolvedOptions().hourCycle === hourCycle) return { timeStyle: 'short' };
  return { hour: hour12 ? 'numeric' : '2-digit', minute: '2-digit', hourCycle };
}
