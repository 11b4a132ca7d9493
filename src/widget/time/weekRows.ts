import { cachedFormat } from '../i18n/formatCache';
import type { WidgetSlot } from './slots';

/** One row of the week grid: a time of day ("09:30", 24-hour, in the visitor's zone) and each day's slots at it. */
export interface WeekRow {
  time: string;
  cells: WidgetSlot[][];
}

/**
 * The week as a time grid: one row per time of day that any of `week`'s days has, in order, each
 * with that day's slots starting then (a list, as several resources may share a time). Rows line up
 * across days, so 09:00 on Tuesday sits beside 09:00 on Wednesday. Pure: the zone is passed in.
 * @example weekRows(days, ['2026-11-23', …], 'Europe/Berlin')[0] // { time: '09:00', cells: [[], [slot], …] }
 */
export function weekRows(days: ReadonlyMap<string, WidgetSlot[]>, week: readonly string[], timeZone: string): WeekRow[] {
  const clock = cachedFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const rows = new Map<string, WidgetSlot[][]>();
  week.forEach((day, i) => {
    for (const slot of days.get(day) ?? []) {
      const time = clock.format(new Date(slot.start));
      const cells = rows.get(time) ?? week.map(() => []);
      cells[i].push(slot);
      rows.set(time, cells);
    }
  });
  return [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([time, cells]) => ({ time, cells }));
}
