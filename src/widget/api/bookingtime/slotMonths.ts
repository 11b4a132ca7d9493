import { moduleRangeEnd } from '../../../wire/bookingtime';
import { addMonths, monthOf } from '../../time/dayKey';

/**
 * The months (`yyyy-MM`) whose slots the widget lists: from today's month to the month of
 * `lastDay` (default: the end of next month, so the month view's "next month" has its times),
 * never past the Module API's limit (the end of next year). Pure.
 * @example slotMonths('2026-12-20') // ['2026-12', '2027-01']
 */
export function slotMonths(today: string, lastDay = `${addMonths(monthOf(today), 1)}-28`): string[] {
  const limit = moduleRangeEnd(today);
  const last = monthOf(lastDay > limit ? limit : lastDay);
  const months: string[] = [];
  for (let m = monthOf(today); m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}
