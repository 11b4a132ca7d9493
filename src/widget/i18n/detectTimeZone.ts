import { isValidZone } from './zoneInfo';

/**
 * The visitor's zone as the browser reports it; `UTC` when it reports none.
 * @example detectTimeZone() // 'Europe/Berlin'
 */
export function detectTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}
