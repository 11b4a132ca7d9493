import { formatInTimeZone } from 'date-fns-tz';

/** An instant as ISO 8601 with the offset of `timeZone` (`2026-03-29T09:00:00+02:00`). */
export function isoInZone(ms: number, timeZone: string): string {
  return formatInTimeZone(ms, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}
