import { zoneCity } from './zoneCity';
import { zoneName, zoneOffsetMinutes } from './zoneInfo';
import { listTimeZones } from './listTimeZones';
import { zoneLabel } from './zoneLabel';

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

/** `+01`, `+1`, `GMT+1`, `UTC-3:30`, `utc+0530`, `GMT` → minutes east; `undefined` for other text. */
function parseOffset(query: string): number | undefined {
  const match = /^(?:gmt|utc)?\s*(?:([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?$/i.exec(query.trim());
  if (!match || (!match[1] && !/^(gmt|utc)$/i.test(query.trim()))) return undefined;
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}

/** How well `q` matches `text`: whole 100, start 80, start of a word 60, anywhere 40, else 0. */
function matchScore(text: string, q: string): number {
  if (!text) return 0;
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
  const scored = zones.map((zone) => {
    const offsetMinutes = zoneOffsetMinutes(zone, now);
    return { zone, offsetMinutes, score: q ? scoreZone(zone, now, locale, q, offset === offsetMinutes) : 1 };
  });
  // Labels are the costly part (one Intl formatter per zone), so only matches get one.
  const options = scored
    .filter((entry) => entry.score > 0)
    .map(({ zone, offsetMinutes, score }) => ({ score, option: { zone, offsetMinutes, label: zoneLabel(zone, now, locale) } }));
  return options
    .sort((a, b) =>
      q
        ? b.score - a.score || a.option.label.localeCompare(b.option.label)
        : a.option.offsetMinutes - b.option.offsetMinutes || a.option.label.localeCompare(b.option.label),
    )
    .map((entry) => entry.option);
}

/** The best match of `q` (normalized) over the zone's city, generic names, id and abbreviation. */
function scoreZone(zone: string, now: Date, locale: string, q: string, offsetMatches: boolean): number {
  const fields: Array<[text: string, weight: number]> = [
    [normalize(zoneCity(zone)), 1],
    [normalize(zoneName(zone, now, locale, 'longGeneric') ?? ''), 0.9],
    [normalize(zoneName(zone, now, 'en', 'longGeneric') ?? ''), 0.85],
    [normalize(zone), 0.7],
  ];
  let score = Math.max(...fields.map(([text, weight]) => matchScore(text, q) * weight));
  const abbreviation = zoneName(zone, now, 'en-US', 'short') ?? '';
  if (/^[A-Za-z]{2,5}$/.test(abbreviation) && abbreviation.toLowerCase() === q) score = Math.max(score, 90);
  if (offsetMatches) score = Math.max(score, 70);
  const words = q.split(' ');
  if (score === 0 && words.length > 1 && words.every((w) => fields.some(([text]) => matchScore(text, w) >= 60))) score = 30;
  return score;
}