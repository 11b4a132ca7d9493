import type { I18n } from '../i18n/index';
import { zoneLabel } from '../i18n/timezones';

/**
 * Accessible name of the time-zone button: what it does and the zone now shown, with its offset at `now`.
 * @example labelZone(i18n, 'Europe/Berlin', now) // 'Change time zone, now Berlin (GMT+01:00)'
 */
export function labelZone(i18n: I18n, zone: string, now: Date): string {
  return i18n.t('timezone_change', { zone: zoneLabel(zone, now, i18n.locale) });
}
