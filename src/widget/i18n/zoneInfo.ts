/**
 * Facts about one IANA time zone at one instant, from Intl. Pure functions of (zone, now, locale);
 * formatters come from the page's one cache (formatCache.ts): building one per zone is the slow
 * part of listing ~420 zones.
 */
import { cachedFormat, isValidZone } from './formatCache';

export { cachedFormat, isValidZone } from './formatCache';

type NameStyle = 'longGeneric' | 'longOffset' | 'short';

/** The cached formatter behind {@link zoneName}; `canonicalZone` reads the zone's spelling from it. */
export const nameFormat = (zone: string, locale: string, style: NameStyle) => cachedFormat(locale, { timeZone: zone, timeZoneName: style });

/**
 * The zone's name in `locale` as Intl writes it: `longGeneric` "Central European Time" /
 * "Mitteleuropäische Zeit", `longOffset` "GMT+01:00" / "UTC+01:00", `short` "EST". Every engine
 * the widget supports has these styles (Chrome 95, Firefox 91, Safari 15.4: all before
 * `Intl.supportedValuesOf`, which the README counts on).
 * @throws RangeError naming the zone when it is not an IANA zone.
 */
export function zoneName(zone: string, now: Date, locale: string, style: NameStyle): string {
  const parts = nameFormat(zone, locale, style).formatToParts(now);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * The zone's offset from UTC in minutes at `now` (east positive): +60 for Berlin in winter.
 * Read from its US English `longOffset` name: "GMT+05:45", "GMT-03:30", "GMT" for UTC itself.
 * @example zoneOffsetMinutes('Asia/Kathmandu', new Date('2026-01-01T00:00:00Z')) // 345
 */
export function zoneOffsetMinutes(zone: string, now: Date): number {
  // UTC, the picker's zone until the visitor's is set, needs no formatter of its own.
  if (zone === 'UTC') return 0;
  // US English writes "7/10/2026, GMT+01:00": the name is the last word. (`format` is about twice
  // as fast as `formatToParts`, and day keys read two offsets a day.)
  const text = nameFormat(zone, 'en-US', 'longOffset').format(now);
  return parseOffset(text.slice(text.lastIndexOf(' ') + 1)) ?? 0;
}

/**
 * An offset as a person or Intl writes it, in minutes east: `+01`, `+1`, `GMT+1`, `UTC-3:30`,
 * `utc+0530`, `GMT` (0), `GMT-11:19:40` (seconds appear in old local mean times only); `undefined`
 * for any other text.
 * @example parseOffset('UTC-3:30') // -210
 */
export function parseOffset(text: string): number | undefined {
  const match = /^(?:gmt|utc)$|^(?:gmt|utc)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, sign, hours = 0, minutes = 0, seconds = 0] = match;
  const offset = Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return Math.round(sign === '-' || sign === '\u2212' ? -offset : offset);
}

/** `Temporal`, where the engine has it (not yet in every lib.d.ts). */
type WithTemporal = { Temporal?: { Now: { timeZoneId(): string } } };

/**
 * The visitor's zone as the browser reports it; `UTC` when it reports none. `Temporal` answers
 * without building the page's first Intl formatter (whose locale data cost tens of milliseconds):
 * the widget's first request, which names the zone, leaves before that cost, which is then paid
 * while the answer is on its way. Elsewhere, Intl.
 * @example detectTimeZone() // 'Europe/Berlin'
 */
export function detectTimeZone(): string {
  try {
    const named = (globalThis as WithTemporal).Temporal?.Now.timeZoneId();
    // An IANA name as is (an offset such as "+05:30" goes the Intl way).
    if (named && /^[A-Za-z]/.test(named)) return named;
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}
