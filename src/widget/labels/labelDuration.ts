/**
 * A Timekit length ("30 minutes", "1 hour", "90 mins") in the visitor's language through
 * `Intl.NumberFormat`'s units, so no catalog text is needed; null when the length cannot be read.
 * @example labelDuration('1 hour', 'de') // '1 Stunde'; labelDuration('90 minutes', 'en') // '90 minutes'
 */
export function labelDuration(length: unknown, locale: string): string | null {
  const [, count, hours] = /(\d+)\s*(h?)/i.exec(String(length)) ?? [];
  return count
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: hours ? 'hour' : 'minute', unitDisplay: 'long' }).format(+count)
    : null;
}
