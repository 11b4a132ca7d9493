import { parseConstraint } from './parseConstraint';

/**
 * Checks one wire constraint: `null` when the engine can use it, else a message naming the key and
 * what to write instead.
 * @example validateConstraint({ allow_hours: { start: 'nine', end: 17 } })
 * // 'allow_hours.start must be an hour 0-24 or "HH:MM", got "nine"'
 */
export function validateConstraint(value: unknown): string | null {
  const parsed = parseConstraint(value);
  return 'error' in parsed ? parsed.error : null;
}
