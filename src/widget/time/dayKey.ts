/**
 * Pure calendar arithmetic on day keys (`yyyy-MM-dd`) and month keys (`yyyy-MM`). A day key is a
 * date in the viewer's chosen zone; the arithmetic runs in UTC where every day has 24 hours.
 */
const DAY = 86_400_000;

/** Milliseconds of a day key at 00:00 UTC (a month key: of its first day), `months` later. */
function toUtc(key: string, months = 0): number {
  const [y, m, d = 1] = key.split('-').map(Number);
  return Date.UTC(y, m - 1 + months, d);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `key` moved by `n` days. @example addDays('2026-02-28', 1) // '2026-03-01' */
export function addDays(key: string, n: number): string {
  return fromUtc(toUtc(key) + n * DAY);
}

/** Day of the week, 0 = Sunday. */
export function weekday(key: string): number {
  return new Date(toUtc(key)).getUTCDay();
}

/** Days in a month key. */
export function daysInMonth(month: string): number {
  return new Date(toUtc(month, 1) - DAY).getUTCDate();
}

/** Month key of a day key. */
export function monthOf(key: string): string {
  return key.slice(0, 7);
}

/** `month` moved by `n` months. @example addMonths('2026-12', 1) // '2027-01' */
export function addMonths(month: string, n: number): string {
  return monthOf(fromUtc(toUtc(month, n)));
}

/** The same day `n` months later, clamped to the month's length. @example addMonthsToDay('2026-01-31', 1) // '2026-02-28' */
export function addMonthsToDay(key: string, n: number): string {
  const month = addMonths(monthOf(key), n);
  return addDays(`${month}-01`, Math.min(Number(key.slice(8)), daysInMonth(month)) - 1);
}

/** First day of the week holding `key`. */
export function startOfWeek(key: string, weekStartsOn: number): string {
  return addDays(key, -((weekday(key) - weekStartsOn + 7) % 7));
}

/** A day key as a Date at noon UTC: format it with `timeZone: 'UTC'` to print that calendar day. */
export function dayKeyToDate(key: string): Date {
  return new Date(toUtc(key) + DAY / 2);
}

/**
 * The weeks of a month, each 7 cells; days outside the month are `null`.
 * @example getMonthGrid('2026-11', 1)[0] // [null, null, null, null, null, null, '2026-11-01']
 */
export function getMonthGrid(month: string, weekStartsOn: number): Array<Array<string | null>> {
  const first = `${month}-01`;
  const lead = (weekday(first) - weekStartsOn + 7) % 7;
  const weeks = Math.ceil((lead + daysInMonth(month)) / 7);
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const key = addDays(first, w * 7 + d - lead);
      return monthOf(key) === month ? key : null;
    }),
  );
}
