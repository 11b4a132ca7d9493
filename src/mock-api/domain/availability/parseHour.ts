/** Week days as the contract spells them (lower case), indexed like `Date#getUTCDay` (0 = Sunday). */
export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const HOUR_TEXT = /^(\d{1,2})(?::(\d{2}))?$/;

/**
 * Minutes after local midnight for an hour value (`9`, `17`, `24`, `"09:30"`, `"9:30"`, `"17"`),
 * or `null` when it is not an hour 0-24. `24` (or `"24:00"`) is the following midnight.
 * @example parseHour('09:30') // 570
 */
export function parseHour(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 24 ? value * 60 : null;
  }
  if (typeof value !== 'string') return null;
  const match = HOUR_TEXT.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * Day index (0 = Sunday … 6 = Saturday) for `"Monday"`/`"monday"`, or `null` when not a day name.
 * @example parseDay('Monday') // 1
 */
export function parseDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const index = (DAY_NAMES as readonly string[]).indexOf(value.trim().toLowerCase());
  return index === -1 ? null : index;
}
