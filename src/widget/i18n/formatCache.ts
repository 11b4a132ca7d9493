/**
 * The page's one cache of `Intl.DateTimeFormat` instances, keyed by locale and options (the zone
 * among them): building one is the slow part of formatting (the first in a page costs tens of
 * milliseconds), and they never change, so every widget on the page shares them.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The `Intl.DateTimeFormat` for a locale and options, built once and kept for the page.
 * @throws RangeError naming the zone when `options.timeZone` is not an IANA zone.
 * @example cachedFormat('de', { month: 'long', timeZone: 'UTC' }) === cachedFormat('de', { month: 'long', timeZone: 'UTC' }) // true
 */
export function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      const zone = options.timeZone;
      if (zone !== undefined && !isValidZone(zone)) {
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
    new Intl.DateTimeFormat('en', { timeZone: zone }); // throws a RangeError for any other text, '' included
    return true;
  } catch {
    return false;
  }
}
