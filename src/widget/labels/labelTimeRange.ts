import type { I18n } from '../i18n/index';

/**
 * "3:00 PM – 3:30 PM" for an instant range in a zone.
 * @example labelTimeRange(i18n, '2026-11-24T14:00:00Z', '2026-11-24T14:30:00Z', 'Europe/Berlin')
 */
export function labelTimeRange(i18n: I18n, start: string, end: string, timeZone: string): string {
  return i18n.t('time_range', { start: i18n.formatTime(new Date(start), timeZone), end: i18n.formatTime(new Date(end), timeZone) });
}
