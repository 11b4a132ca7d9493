/**
 * Locale rules the widget needs beyond messages: text direction, 12/24-hour clock and first day of
 * the week. The clock comes from `DateTimeFormat#resolvedOptions().hourCycle` (every engine has it);
 * the week from `Intl.Locale#getWeekInfo()` / `#weekInfo` (Chromium, Safari, Node 20), else a small
 * table taken from CLDR (the data Intl itself uses), for Firefox.
 */

/** Day index 0 = Sunday … 6 = Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** `Intl.Locale` with the week-info members that not every runtime or `lib.d.ts` has. */
interface LocaleInfo {
  weekInfo?: { firstDay: number };
  getWeekInfo?(): { firstDay: number };
}

const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug'];
const RTL_SCRIPTS = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'];
// CLDR weekData: regions whose week starts on Sunday, Saturday or Friday; every other one on Monday.
const SUNDAY_REGIONS = (
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE ' +
  'PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
).split(' ');
const SATURDAY_REGIONS = 'AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' ');
// Without a region and without `maximize()`: the region a bare language most likely means.
const LIKELY_REGION: Record<string, string> = { en: 'US', ar: 'EG', he: 'IL', fa: 'IR', ja: 'JP', ko: 'KR', pt: 'BR', hi: 'IN', ur: 'PK' };

function parts(tag: string): { language: string; script?: string; region?: string } {
  try {
    const locale = new Intl.Locale(tag);
    const max = typeof locale.maximize === 'function' ? locale.maximize() : locale;
    return { language: locale.language, script: max.script, region: locale.region ?? max.region };
  } catch {
    const [language = 'en', second] = tag.split('-');
    return { language: language.toLowerCase(), region: second?.length === 2 ? second.toUpperCase() : undefined };
  }
}

function info(tag: string): LocaleInfo | undefined {
  try {
    return new Intl.Locale(tag) as unknown as LocaleInfo;
  } catch {
    return undefined;
  }
}

/**
 * Text direction of a locale: `rtl` for Arabic, Hebrew, Persian, Urdu and other right-to-left
 * languages or scripts.
 * @example textDirection('ar-EG') // 'rtl'
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const { language, script } = parts(tag);
  return RTL_LANGUAGES.includes(language) || (script !== undefined && RTL_SCRIPTS.includes(script)) ? 'rtl' : 'ltr';
}

/**
 * Whether the locale writes times with a 12-hour clock (`3:00 PM`) rather than 24 hours (`15:00`);
 * a `-u-hc-` in the tag is honoured.
 * @example usesHour12('en-US') // true; usesHour12('en-GB') // false
 */
export function usesHour12(tag: string): boolean {
  const cycle = new Intl.DateTimeFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

/**
 * First day of the week in the locale's region, 0 = Sunday … 6 = Saturday.
 * @example weekStart('de-AT') // 1; weekStart('en-US') // 0; weekStart('ar-EG') // 6
 */
export function weekStart(tag: string): WeekDay {
  const locale = info(tag);
  const week = locale?.getWeekInfo?.() ?? locale?.weekInfo;
  if (week && week.firstDay >= 1 && week.firstDay <= 7) return (week.firstDay % 7) as WeekDay;
  return weekStartFallback(tag);
}

/** The table answer for {@link weekStart}, exported so tests can hold it against Intl. */
export function weekStartFallback(tag: string): WeekDay {
  const { language, region = LIKELY_REGION[language] } = parts(tag);
  if (region === undefined) return 1;
  if (SUNDAY_REGIONS.includes(region)) return 0;
  if (SATURDAY_REGIONS.includes(region)) return 6;
  return region === 'MV' ? 5 : 1;
}
