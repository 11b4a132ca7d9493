/**
 * Locale rules the widget needs beyond messages: text direction, 12/24-hour clock and first day of
 * the week. The clock comes from `DateTimeFormat#resolvedOptions().hourCycle` (every engine has it);
 * the week from `Intl.Locale#getWeekInfo()` / `#weekInfo` (Chromium, Safari, Node 20), else a small
 * table taken from CLDR (the data Intl itself uses), for Firefox. A bare language's script and
 * region come from `Intl.Locale#maximize()` (CLDR likely subtags), which every engine with
 * `Intl.Locale` has. `clockRules` lets the Booking.js `ui.time_date_format` presets override both.
 */
import { cachedFormat } from './formatCache';

/** Day index 0 = Sunday … 6 = Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** `Intl.Locale` with the week-info members that not every runtime or `lib.d.ts` has. */
interface LocaleInfo {
  weekInfo?: { firstDay: number };
  getWeekInfo?(): { firstDay: number };
}

// Right-to-left scripts. A language without a script subtag is read in its likely script, so
// `ar`, `he`, `fa`, `ur`, `ps`, `sd`, `yi`, `dv`, `ckb`, `ug` … are right to left through it.
const RTL_SCRIPTS = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'];
// CLDR weekData: regions whose week starts on Sunday, Saturday or Friday; every other one on Monday.
const SUNDAY_REGIONS = (
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE ' +
  'PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
).split(' ');
const SATURDAY_REGIONS = 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' ');

/** The tag with its likely script and region filled in: `ar` → `ar-Arab-EG`. */
const likely = (tag: string): Intl.Locale => new Intl.Locale(tag).maximize();

/**
 * Text direction of a locale: `rtl` for Arabic, Hebrew, Persian, Urdu and other languages written
 * in a right-to-left script, or a tag naming one (`az-Arab`).
 * @example textDirection('ar-EG') // 'rtl'
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RTL_SCRIPTS.includes(likely(tag).script ?? '') ? 'rtl' : 'ltr';
}

/**
 * Whether the locale writes times with a 12-hour clock (`3:00 PM`) rather than 24 hours (`15:00`);
 * a `-u-hc-` in the tag is honoured.
 * @example usesHour12('en-US') // true; usesHour12('en-GB') // false
 */
export function usesHour12(tag: string): boolean {
  const cycle = cachedFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/**
 * First day of the week in the locale's region, 0 = Sunday … 6 = Saturday.
 * @example weekStart('de-AT') // 1; weekStart('en-US') // 0; weekStart('ar-EG') // 6
 */
export function weekStart(tag: string): WeekDay {
  const locale = new Intl.Locale(tag) as Intl.Locale & LocaleInfo;
  const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay; // 1 = Monday … 7 = Sunday
  return firstDay ? ((firstDay % 7) as WeekDay) : weekStartFallback(tag);
}

/** The table answer for {@link weekStart}, exported so tests can hold it against Intl. */
export function weekStartFallback(tag: string): WeekDay {
  const region = likely(tag).region ?? '';
  if (SUNDAY_REGIONS.includes(region)) return 0;
  if (SATURDAY_REGIONS.includes(region)) return 6;
  return region === 'MV' ? 5 : 1;
}

/** Booking.js v3 `ui.time_date_format` presets: they fix the clock and the week start. */
export const TIME_DATE_PRESETS = {
  '12h-mdy-sun': { hour12: true, weekStartsOn: 0 },
  '24h-dmy-mon': { hour12: false, weekStartsOn: 1 },
} as const satisfies Record<string, { hour12: boolean; weekStartsOn: WeekDay }>;

/**
 * The clock and week start for a locale, unless a Booking.js preset overrides them.
 * @throws RangeError naming `ui.time_date_format` for an unknown preset.
 * @example clockRules('de', '12h-mdy-sun') // { hour12: true, weekStartsOn: 0 }
 */
export function clockRules(tag: string, preset?: string): { hour12: boolean; weekStartsOn: WeekDay } {
  if (!preset) return { hour12: usesHour12(tag), weekStartsOn: weekStart(tag) };
  if (Object.hasOwn(TIME_DATE_PRESETS, preset)) return { ...TIME_DATE_PRESETS[preset as keyof typeof TIME_DATE_PRESETS] };
  throw new RangeError(
    `ui.time_date_format must be "12h-mdy-sun" or "24h-dmy-mon" (or left out to follow the locale), not ${JSON.stringify(preset)}.`,
  );
}
