import { moduleRangeEnd } from '../../../wire/bookingtime';
import { addDays, addMonths, monthOf } from '../../time/dayKey';

/** Days ahead the widget shows when the config names no `availability.to` (as Timekit's default). */
export const DEFAULT_DAYS_AHEAD = 28;

/**
 * The months (`yyyy-MM`) whose slots the widget lists: from today's month to the month of
 * `lastDay` (default four weeks ahead), never past the Module API's limit (the end of next year). Pure.
 * @example slotMonths('2026-12-20') // ['2026-12', '2027-01']
 */
export function slotMonths(today: string, lastDay = addDays(today, DEFAULT_DAYS_AHEAD)): string[] {
  const limit = moduleRangeEnd(today);
  const last = monthOf(lastDay > limit ? limit : lastDay);
  const months: string[] = [];
  for (let m = monthOf(today); m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}
