import type { I18n } from '../i18n/index';
import { dayKeyToDate } from '../time/dayKey';

/**
 * Accessible name of a day in the month grid; `full`: its `count` group sessions are all sold out.
 * @example labelDay(i18n, '2026-11-24', 3) // 'Tuesday, 24 November 2026, 3 times available'
 * @example labelDay(i18n, '2026-11-24', 2, false, true) // 'Tuesday, 24 November 2026, fully booked'
 */
export function labelDay(i18n: I18n, day: string, count: number, today = false, full = false): string {
  const date = i18n.formatDate(dayKeyToDate(day), 'UTC', 'full');
  const label = i18n.t(count < 1 ? 'day_label_none' : full ? 'day_label_full' : 'day_label', { date, count });
  return today ? i18n.t('today_suffix', { label }) : label;
}
