import type { I18n } from '../i18n/index';
import type { WidgetSlot } from '../time/slots';

/**
 * Accessible name of a time button: time, then the day (and whom when the list mixes resources).
 * @example labelSlot(i18n, slot, 'Europe/Berlin') // '3:00 PM, Tuesday, 24 November 2026'
 */
export function labelSlot(i18n: I18n, slot: WidgetSlot, timeZone: string, withName = false): string {
  const start = new Date(slot.start);
  const params = { time: i18n.formatTime(start, timeZone), date: i18n.formatDate(start, timeZone, 'full') };
  const name = slot.resources[0]?.name;
  return withName && name ? i18n.t('slot_label_with', { ...params, name }) : i18n.t('slot_label', params);
}
