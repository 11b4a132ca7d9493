import { parseDay, parseHour } from './parseHour';
import { parseTimestamp } from './parseTimestamp';

/** Whether a rule opens time (`allow_*`) or closes it (`block_*`). */
export type Effect = 'allow' | 'block';

/**
 * Which family a constraint belongs to (our reading of the contract): allows of one family unite,
 * the families intersect. `days` is `_day`, `_weekdays` and `_weekends`; the others are one key each.
 */
export type Family = 'days' | 'hours' | 'day_and_time' | 'period';

/**
 * A constraint reduced to what the engine computes with (`family` only matters for allows):
 * - `daily`: local minutes `[start, end)` (0 ≤ start < end ≤ 1440) on the week days in `days`
 *   (bit `1 << n`, n = 0 for Sunday);
 * - `period`: two timestamps, turned into instants in each resource's zone (they may lack an offset).
 */
export type Rule =
  | { effect: Effect; family: Family; kind: 'daily'; days: number; start: number; end: number }
  | { effect: Effect; family: 'period'; kind: 'period'; start: string; end: string };

const EVERY_DAY = 0b1111111;
const WEEKDAYS = 0b0111110;
const WEEKENDS = 0b1000001;

/** Every constraint key the contract knows. */
export const CONSTRAINT_KEYS = [
  'allow_hours',
  'block_hours',
  'allow_day',
  'block_day',
  'allow_day_and_time',
  'block_day_and_time',
  'allow_period',
  'block_period',
  'allow_weekdays',
  'block_weekdays',
  'allow_weekends',
  'block_weekends',
] as const;

type Parsed = { rules: Rule[] } | { error: string };

/**
 * Turns one wire constraint into rules, or explains what is wrong with it, naming the key.
 * @example parseConstraint({ allow_hours: { start: 9, end: 17 } })
 * // { rules: [{ effect: 'allow', family: 'hours', kind: 'daily', days: 127, start: 540, end: 1020 }] }
 */
export function parseConstraint(value: unknown): Parsed {
  if (!isObject(value)) return { error: `constraint must be an object with one key such as "allow_hours", got ${describe(value)}` };
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    return {
      error: `constraint must have exactly one key such as "allow_hours", got ${keys.length === 0 ? 'none' : keys.map((k) => `"${k}"`).join(', ')}`,
    };
  }
  const key = keys[0];
  if (!(CONSTRAINT_KEYS as readonly string[]).includes(key)) {
    return { error: `unknown constraint "${key}"; use one of ${CONSTRAINT_KEYS.join(', ')}` };
  }
  const effect: Effect = key.startsWith('allow_') ? 'allow' : 'block';
  const kind = key.slice(effect.length + 1);
  const body = value[key];
  if (kind === 'weekdays' || kind === 'weekends') {
    if (body !== null && body !== true && !(isObject(body) && Object.keys(body).length === 0)) {
      return { error: `${key} takes no settings: write {"${key}": {}}` };
    }
    return { rules: [{ effect, family: 'days', kind: 'daily', days: kind === 'weekdays' ? WEEKDAYS : WEEKENDS, start: 0, end: 1440 }] };
  }
  if (!isObject(body)) return { error: `${key} must be an object such as ${EXAMPLES[kind]}, got ${describe(body)}` };
  if (kind === 'period') return parsePeriod(key, effect, body);
  let days = EVERY_DAY;
  let nextDays = EVERY_DAY;
  if (kind === 'day' || kind === 'day_and_time') {
    const day = parseDay(body.day);
    if (day === null) return { error: `${key}.day must be a day name such as "Monday", got ${describe(body.day)}` };
    days = 1 << day;
    nextDays = 1 << ((day + 1) % 7);
    if (kind === 'day') return { rules: [{ effect, family: 'days', kind: 'daily', days, start: 0, end: 1440 }] };
  }
  const start = parseHour(body.start);
  if (start === null) return { error: `${key}.start must be an hour 0-24 or "HH:MM", got ${describe(body.start)}` };
  const end = parseHour(body.end);
  if (end === null) return { error: `${key}.end must be an hour 0-24 or "HH:MM", got ${describe(body.end)}` };
  // Equal ends (9 to 9, 24 to 0) would be either nothing or everything: ask for a clear range.
  if (start % 1440 === end % 1440 && !(start === 0 && end === 1440)) {
    return { error: `${key}.end must differ from ${key}.start (use 0 and 24 for a whole day)` };
  }
  const family: Family = kind === 'hours' ? 'hours' : 'day_and_time';
  if (start < end) return { rules: [{ effect, family, kind: 'daily', days, start, end }] };
  // The range wraps past midnight: the evening of the day, then the early hours of the next one.
  const rules: Rule[] = [];
  if (start < 1440) rules.push({ effect, family, kind: 'daily', days, start, end: 1440 });
  if (end > 0) rules.push({ effect, family, kind: 'daily', days: nextDays, start: 0, end });
  return { rules };
}

function parsePeriod(key: string, effect: Effect, body: Record<string, unknown>): Parsed {
  for (const side of ['start', 'end'] as const) {
    if (parseTimestamp(body[side], 'UTC') === null) {
      return { error: `${key}.${side} must be an ISO 8601 timestamp such as "2026-03-29T09:00:00+02:00", got ${describe(body[side])}` };
    }
  }
  const start = body.start as string;
  const end = body.end as string;
  if ((parseTimestamp(end, 'UTC') as number) <= (parseTimestamp(start, 'UTC') as number)) {
    return { error: `${key}.end must be after ${key}.start` };
  }
  return { rules: [{ effect, family: 'period', kind: 'period', start, end }] };
}

const EXAMPLES: Record<string, string> = {
  hours: '{"start": 9, "end": 17}',
  day: '{"day": "Monday"}',
  day_and_time: '{"day": "Monday", "start": 9, "end": 17}',
  period: '{"start": "2026-03-29T09:00:00+02:00", "end": "2026-03-29T17:00:00+02:00"}',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return `a ${Array.isArray(value) ? 'list' : typeof value} too deep to show`;
  }
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
