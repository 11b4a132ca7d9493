import { zoneName } from './zoneInfo';

// Zones that IANA renamed while engines still list the old id (Chromium lists `Asia/Calcutta`):
// show and find them by today's name.
const RENAMED: Record<string, string> = {
  Asmera: 'Asmara',
  Calcutta: 'Kolkata',
  Coral_Harbour: 'Atikokan',
  Enderbury: 'Kanton',
  Faeroe: 'Faroe',
  Godthab: 'Nuuk',
  Katmandu: 'Kathmandu',
  Kiev: 'Kyiv',
  Ponape: 'Pohnpei',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh',
  Truk: 'Chuuk',
};

/**
 * The city of a zone id: its last segment with `_` as a space, under its current name.
 * @example zoneCity('America/Argentina/Buenos_Aires') // 'Buenos Aires'; zoneCity('Asia/Calcutta') // 'Kolkata'
 */
export function zoneCity(zone: string): string {
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return (RENAMED[last] ?? last).replace(/_/g, ' ');
}

// UTC under its eight names: UTC, Etc/UTC, GMT, Etc/GMT, Universal, Etc/Universal, Zulu, Etc/Zulu.
const UTC_ZONE = /^(Etc\/)?(UTC|GMT|Universal|Zulu)$/;

/**
 * A zone for people: its city and its offset at `now`, the offset written the locale's way
 * ("Berlin (GMT+01:00)", French "Berlin (UTC+01:00)"); `UTC` alone; an `Etc/GMT±n` zone as its offset.
 * @throws RangeError naming the zone when it is not an IANA zone.
 * @example zoneLabel('Europe/Berlin', new Date('2026-01-15T12:00:00Z'), 'en') // 'Berlin (GMT+01:00)'
 */
export function zoneLabel(zone: string, now: Date, locale: string): string {
  if (UTC_ZONE.test(zone)) return 'UTC';
  const offset = zoneName(zone, now, locale, 'longOffset');
  if (zone.startsWith('Etc/')) return offset;
  return `${zoneCity(zone)} (${offset})`;
}
