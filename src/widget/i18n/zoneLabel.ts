import { zoneCity } from './zoneCity';
import { formatOffset, zoneName, zoneOffsetMinutes } from './zoneInfo';

const UTC_ZONES = ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu'];

/**
 * A zone for people: its city and its offset at `now`, the offset written the locale's way
 * ("Berlin (GMT+01:00)", French "Berlin (UTC+01:00)"); `UTC` alone; an `Etc/GMT±n` zone as its offset.
 * @throws RangeError naming the zone when it is not an IANA zone.
 * @example zoneLabel('Europe/Berlin', new Date('2026-01-15T12:00:00Z'), 'en') // 'Berlin (GMT+01:00)'
 */
export function zoneLabel(zone: string, now: Date, locale: string): string {
  if (UTC_ZONES.includes(zone)) return 'UTC';
  const offset = zoneName(zone, now, locale, 'longOffset') ?? formatOffset(zoneOffsetMinutes(zone, now));
  if (zone.startsWith('Etc/')) return offset;
  return `${zoneCity(zone)} (${offset})`;
}
