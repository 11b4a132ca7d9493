import type { I18n } from '../i18n/index';
import { dayKeyToDate } from '../time/dayKey';

/**
 * Accessible name of a day in the month grid.
 * @example labelDay(i18n, '2026-11-24', 3) // 'Tuesday, 24 November 2026, 3 times available'
 */
export function labelDay(i18n: I18n, day: string, count: number, today = false): string {
  const date = i18n.formatDate(dayKeyToDate(day), 'UTC', 'full');
  const label = count > 0 ? i18n.t('day_label', { date, count }) : i18n.t('day_label_none', { date });
  return today ? i18n.t('today_suffix', { label }) : label;
}
