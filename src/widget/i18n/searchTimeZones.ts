import { listTimeZones } from './listTimeZones';
import { parseOffset, zoneName, zoneOffsetMinutes } from './zoneInfo';
import { zoneCity, zoneLabel } from './zoneLabel';

/** One entry of the zone picker. */
export interface TimeZoneOption {
  /** IANA id, as the runtime spells it. */
  zone: string;
  /** {@link zoneLabel}: "Berlin (GMT+01:00)". */
  label: string;
  /** Offset from UTC at `now`, minutes east. */
  offsetMinutes: number;
}

/** Lower case, no accents or Arabic vowel marks, punctuation and `_` `/` as spaces. */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0640\u064b-\u065f\u0670]/g, '')
    .toLowerCase()
    .replace(/[\s_/\-’'.,:()]+/g, ' ')
    .trim();
}

/** How well `q` matches `text`: whole 100, start 80, start of a word 60, anywhere 40, else 0. */
function matchScore(text: string, q: string): number {
  if (text === q) return 100;
  if (text.startsWith(q)) return 80;
  if (` ${text}`.includes(` ${q}`)) return 60;
  return text.includes(q) ? 40 : 0;
}

/**
 * The zones matching what a visitor typed, best first. It finds a zone by its city ("berlin",
 * "sao paulo", "Kolkata" for `Asia/Calcutta`), its region or full id ("europe", "indiana"), its
 * offset now ("+01", "GMT+1", "UTC-3:30"), its abbreviation in US English ("EST"), and its
 * generic name both in `locale` and in English ("Mitteleuropäische Zeit", "Central European Time").
 * Several words must each match ("new york", "america york"). An empty query gives every zone,
 * ordered by offset then city.
 * @example searchTimeZones('berlin', new Date('2026-01-15T12:00:00Z'), 'de')[0] // { zone: 'Europe/Berlin', label: 'Berlin (GMT+01:00)', offsetMinutes: 60 }
 */
export function searchTimeZones(query: string, now: Date, locale: string, zones: readonly string[] = listTimeZones()): TimeZoneOption[] {
  const q = normalize(query);
  const offset = parseOffset(query);
  const found: Array<TimeZoneOption & { score: number }> = [];
  for (const zone of zones) {
    const offsetMinutes = zoneOffsetMinutes(zone, now);
    const score = q ? scoreZone(zone, now, locale, q, offset === offsetMinutes) : 1;
    // Labels are the costly part (one Intl formatter per zone), so only matches get one.
    if (score > 0) found.push({ zone, label: zoneLabel(zone, now, locale), offsetMinutes, score });
  }
  // Among equal matches, a country's main zones come before its sub-regions' ("new": New York
  // before New Salem, North Dakota): fewer parts in the id.
  const parts = (zone: string) => zone.split('/').length;
  return found
    .sort(
      (a, b) =>
        (q ? b.score - a.score || parts(a.zone) - parts(b.zone) : a.offsetMinutes - b.offsetMinutes) || a.label.localeCompare(b.label),
    )
    .map(({ score, ...option }) => option);
}

// How much a match counts in each text of `scoreZone`: the city, the generic name in the locale and
// in English, the id.
const WEIGHTS = [1, 0.9, 0.85, 0.7];

/** The best match of `q` (normalized) over the zone's city, generic names, id and abbreviation. */
function scoreZone(zone: string, now: Date, locale: string, q: string, offsetMatches: boolean): number {
  const texts = [zoneCity(zone), zoneName(zone, now, locale, 'longGeneric'), zoneName(zone, now, 'en', 'longGeneric'), zone].map((text) =>
    normalize(text),
  );
  const abbreviation = zoneName(zone, now, 'en-US', 'short');
  const score = Math.max(
    ...texts.map((text, i) => matchScore(text, q) * WEIGHTS[i]),
    /^[A-Za-z]{2,5}$/.test(abbreviation) && abbreviation.toLowerCase() === q ? 90 : 0,
    offsetMatches ? 70 : 0,
  );
  const words = q.split(' ');
  return score || (words.length > 1 && words.every((w) => texts.some((text) => matchScore(text, w) >= 60)) ? 30 : 0);
}
