import type { I18n } from '../i18n/index';
import { seatsLeft, type SeatRefusal } from '../model/seats';
import type { WidgetSlot } from '../time/slots';

/**
 * What a group session has left: "3 of 20 seats left", or "Sold out".
 * @example labelSeatsLeft(i18n, session) // '3 of 20 seats left'
 */
export function labelSeatsLeft(i18n: I18n, slot: WidgetSlot): string {
  const left = seatsLeft(slot);
  return left > 0 ? i18n.t('seats_left', { count: left, total: slot.group?.maxSeats ?? 1 }) : i18n.t('sold_out');
}

/**
 * Accessible name of a group session's button: what, the day, the time, the seats.
 * @example labelSession(i18n, session, 'America/Los_Angeles') // 'Flux capacitance webinar, Tuesday, 24 November 2026, 10:00 AM, 3 of 20 seats left'
 */
export function labelSession(i18n: I18n, slot: WidgetSlot, timeZone: string): string {
  const start = new Date(slot.start);
  return i18n.t('session_label', {
    what: slot.group?.what || slot.resources[0]?.name || '',
    date: i18n.formatDate(start, timeZone, 'full'),
    time: i18n.formatTime(start, timeZone),
    seats: labelSeatsLeft(i18n, slot),
  });
}

/**
 * Why a seat request was refused, for the alert and the announcement.
 * @example labelSeatRefusal(i18n, { kind: 'only', left: 2 }) // 'Only 2 seats left. Your details are kept.'
 */
export function labelSeatRefusal(i18n: I18n, refusal: SeatRefusal): string {
  return refusal.kind === 'sold_out'
    ? i18n.t('session_sold_out')
    : i18n.t('seats_only_left', { seats: i18n.t('seats_count', { count: refusal.left }) });
}
