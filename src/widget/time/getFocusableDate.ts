import { addDays, addMonthsToDay, startOfWeek } from './dayKey';

/** The keys the month grid handles. */
export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/**
 * Where focus goes in the month grid after a key press (WAI-ARIA date grid pattern): arrows move a
 * day/week (left/right swap in right-to-left text), PageUp/PageDown a month (with Shift a year),
 * Home/End to the week's first/last day. `null` for keys the grid does not handle. Pure.
 * @example getFocusableDate('2026-11-24', 'ArrowDown', { weekStartsOn: 1 }) // '2026-12-01'
 */
export function getFocusableDate(
  current: string,
  key: string,
  opts: { weekStartsOn: number; shiftKey?: boolean; rtl?: boolean },
): string | null {
  const dir = opts.rtl ? -1 : 1;
  switch (key) {
    case 'ArrowLeft':
      return addDays(current, -dir);
    case 'ArrowRight':
      return addDays(current, dir);
    case 'ArrowUp':
      return addDays(current, -7);
    case 'ArrowDown':
      return addDays(current, 7);
    case 'PageUp':
      return addMonthsToDay(current, opts.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonthsToDay(current, opts.shiftKey ? 12 : 1);
    case 'Home':
      return startOfWeek(current, opts.weekStartsOn);
    case 'End':
      return addDays(startOfWeek(current, opts.weekStartsOn), 6);
    default:
      return null;
  }
}
