/**
 * The instant the e2e suite runs at. `E2E_NOW` chooses it: one of the named instants below or any
 * ISO 8601 instant with an offset. The demo server's API starts its clock there (`--now`), and every
 * page's clock is put at the server's instant before it loads (`fixtures.ts`), so no test depends
 * on the real date, hour, weekday or the machine's zone.
 *
 * Pages run in `BROWSER_ZONE` (London: GMT in winter, BST in summer), whatever the machine's zone.
 */
export const INSTANTS = {
  /**
   * Tuesday 23:40 GMT, the default: today has no time left for Doc Brown (his day ends at midnight
   * GMT), so the first open day is tomorrow; the four-week window crosses London's and Berlin's
   * change to summer time (Sunday 29 March) and Sydney's end of it (5 April).
   */
  weekday: '2026-03-24T23:40:00Z',
  /** Tuesday 09:00 GMT: the first open time is today (the date CI first failed on). */
  today: '2026-12-01T09:00:00Z',
  /** Sunday 00:30 GMT, half an hour before London's clocks go forward: a 23-hour day. */
  dst: '2026-03-29T00:30:00Z',
} as const;

/** The zone every browser context of the suite runs in. */
export const BROWSER_ZONE = 'Europe/London';

/** The suite's start instant as an ISO string: `E2E_NOW` (a name above or an instant), else `weekday`. */
export function suiteInstant(env: string | undefined = process.env.E2E_NOW): string {
  const choice = env?.trim() || 'weekday';
  if (choice in INSTANTS) return INSTANTS[choice as keyof typeof INSTANTS];
  if (/(Z|[+-]\d\d:?\d\d)$/.test(choice) && !Number.isNaN(Date.parse(choice))) return new Date(choice).toISOString();
  throw new Error(`E2E_NOW must be one of ${Object.keys(INSTANTS).join(', ')} or an ISO 8601 instant with an offset; got "${env}"`);
}
