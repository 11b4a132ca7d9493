/**
 * Time-zone edges. The zone's offset at an instant comes from Intl (`zoneOffsetMinutes`, free in the
 * browser, unlike a tz database); shifting the instant by it gives the wall clock in UTC fields.
 */
import { zoneOffsetMinutes } from '../i18n/zoneInfo';

/** The wall clock of `date` in `timeZone` as `yyyy-MM-ddTHH:mm:ss`, and the zone's offset then in minutes. */
function wallClock(date: Date, timeZone: string): [wall: string, offset: number] {
  const offset = zoneOffsetMinutes(timeZone, date);
  return [new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19), offset];
}

/**
 * The day key (`yyyy-MM-dd`) of an instant in a zone.
 * @example dayKeyInZone(new Date('2026-11-24T23:30:00Z'), 'Europe/Berlin') // '2026-11-25'
 */
export function dayKeyInZone(date: Date, timeZone: string): string {
  return wallClock(date, timeZone)[0].slice(0, 10);
}

/**
 * ISO 8601 with the zone's offset, as Booking.js sends times: `2026-11-21T11:00:00+01:00`.
 * @example toIsoInZone(new Date('2026-11-21T10:00:00Z'), 'Europe/Berlin') // '2026-11-21T11:00:00+01:00'
 */
export function toIsoInZone(date: Date, timeZone: string): string {
  const [wall, offset] = wallClock(date, timeZone);
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  // Math.trunc and `%` keep the sign of a negative offset, which `pad` drops: -150 → -02:30.
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
