import { fail, ok, type Parsed } from './result';

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

const DURATION = /^\s*(\d{1,7})\s*(second|minute|min|hour|day|week|month)s?\s*$/i;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/i;

const DURATION_HINT = 'use a duration like "30 minutes", "1 hour", "2 days" or "3 weeks"';

/**
 * Parses a Timekit duration (`"30 minutes"`, `"1 hour"`, `"2 days"`, `"3 weeks"`) to milliseconds.
 * Months are refused here because they have no fixed length.
 * @example parseDuration('45 minutes') // { ok: true, value: 2_700_000 }
 */
export function parseDuration(value: unknown): Parsed<number> {
  if (typeof value !== 'string') return fail(`must be a string; ${DURATION_HINT}`);
  const m = DURATION.exec(value);
  if (!m) return fail(`"${clip(value)}" is not a duration; ${DURATION_HINT}`);
  const unit = m[2].toLowerCase();
  if (unit === 'month') return fail(`months have no fixed length; ${DURATION_HINT}`);
  return ok(Number(m[1]) * UNIT_MS[unit]);
}

/**
 * Parses a timestamp: ISO 8601 with an offset (`2026-03-29T09:00:00+02:00` or `…Z`), `"now"`,
 * or a duration from now (`"4 weeks"`, `"6 months"`).
 * @example parseTimestamp('now', now) // { ok: true, value: now }
 */
export function parseTimestamp(value: unknown, now: number): Parsed<number> {
  const hint = 'use ISO 8601 with an offset like "2026-03-29T09:00:00+02:00", "now" or "4 weeks"';
  if (typeof value !== 'string') return fail(`must be a string; ${hint}`);
  const text = value.trim();
  if (text.toLowerCase() === 'now') return ok(now);
  const rel = DURATION.exec(text);
  if (rel) {
    const n = Number(rel[1]);
    const unit = rel[2].toLowerCase();
    return inRange(unit === 'month' ? addUtcMonths(now, n) : now + n * UNIT_MS[unit], value, hint);
  }
  const m = ISO.exec(text);
  if (!m) return fail(`"${clip(value)}" is not a timestamp; ${hint}`);
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const offsetH = m[8] === undefined ? 0 : Number(m[8]);
  const offsetM = m[9] === undefined ? 0 : Number(m[9]);
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || offsetH > 14 || offsetM > 59) {
    return fail(`"${clip(value)}" is not a real date and time; ${hint}`);
  }
  const ms = Date.parse(m[9] === undefined ? text : text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? fail(`"${clip(value)}" is not a timestamp; ${hint}`) : inRange(ms, value, hint);
}

/** A day inside the years 0001 and 9999 at both ends: every zone still writes it with a four-digit year. */
// (`Date.UTC` reads years 0-99 as 1900-1999.)
const EARLIEST = new Date(Date.UTC(2000, 0, 2)).setUTCFullYear(1);
const LATEST = Date.UTC(9999, 11, 30);

/**
 * `ms` when the API can write it back (ISO 8601 has four-digit years; `"9999999 months"` is not a
 * date, and a stored booking that cannot be written would break every later read of the list).
 */
function inRange(ms: number, value: string, hint: string): Parsed<number> {
  if (Number.isFinite(ms) && ms >= EARLIEST && ms <= LATEST) return ok(ms);
  return fail(`"${clip(value)}" is outside the years 0001 to 9999; ${hint}`);
}

/**
 * `months` calendar months after `ms`, counted on the UTC calendar (never the process's zone), the
 * day clamped to the month's end: Aug 31 + 6 months = Feb 28/29.
 * @example addUtcMonths(Date.parse('2026-03-05T00:00:00Z'), 6) // Date.parse('2026-09-05T00:00:00Z')
 */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
