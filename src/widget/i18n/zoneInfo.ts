/**
 * Facts about one IANA time zone at one instant, from Intl. Pure functions of (zone, now, locale);
 * the only state is a cache of `Intl.DateTimeFormat` instances keyed by everything that shapes them,
 * because building one per zone is the slow part of listing ~420 zones.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch (error) {
      if (error instanceof RangeError && !isValidZone(zone)) {
        throw new RangeError(`Unknown time zone ${JSON.stringify(zone)}: use an IANA name such as "Europe/Berlin".`);
      }
      throw error;
    }
    formatters.set(key, found);
  }
  return found;
}

/**
 * Whether the runtime knows `zone` as an IANA time zone (aliases such as `Asia/Calcutta` included).
 * @example isValidZone('Europe/Berlin') // true
 */
export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

/**
 * The runtime's own name for a zone, so two spellings of one zone compare equal
 * (Chromium says `Asia/Calcutta` where the project may say `Asia/Kolkata`).
 * @example canonicalZone('utc') // 'UTC'
 */
export function canonicalZone(zone: string): string {
  return formatter('en-US', zone, WALL_CLOCK).resolvedOptions().timeZone;
}

// One formatter per zone serves both the canonical name and the offset.
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
};

/**
 * The zone's offset from UTC in minutes at `now` (east positive): +60 for Berlin in winter.
 * Read from the wall-clock fields Intl gives, which every engine supports.
 * @example zoneOffsetMinutes('Asia/Kathmandu', new Date('2026-01-01T00:00:00Z')) // 345
 */
export function zoneOffsetMinutes(zone: string, now: Date): number {
  const parts = formatter('en-US', zone, WALL_CLOCK).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(now.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The zone's name in `locale` as Intl writes it: `longGeneric` "Central European Time" /
 * "Mitteleuropäische Zeit", `longOffset` "GMT+01:00" / "UTC+01:00", `short` "EST".
 * `undefined` where the engine lacks the style.
 */
export function zoneName(zone: string, now: Date, locale: string, style: 'longGeneric' | 'longOffset' | 'short'): string | undefined {
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = formatter(locale, zone, { timeZoneName: style });
  } catch (error) {
    if (!isValidZone(zone)) throw error;
    return undefined; // an older engine without this timeZoneName style
  }
  return dtf.formatToParts(now).find((part) => part.type === 'timeZoneName')?.value;
}

/** An offset as `GMT+05:30` / `GMT-03:00`; the label falls back to it where Intl has no `longOffset`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `GMT${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
