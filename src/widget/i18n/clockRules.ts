import { usesHour12, weekStart, type WeekDay } from './localeRules';

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
  if (preset === undefined || preset === '') return { hour12: usesHour12(tag), weekStartsOn: weekStart(tag) };
  if (preset in TIME_DATE_PRESETS) return { ...TIME_DATE_PRESETS[preset as keyof typeof TIME_DATE_PRESETS] };
  throw new RangeError(
    `ui.time_date_format must be "12h-mdy-sun" or "24h-dmy-mon" (or left out to follow the locale), not ${JSON.stringify(preset)}.`,
  );
}
