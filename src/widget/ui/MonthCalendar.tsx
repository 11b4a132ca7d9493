import { useLayoutEffect, useRef } from 'preact/hooks';
import { labelDay } from '../labels/labelDay';
import { addMonths, dayKeyToDate, getMonthGrid, monthOf } from '../time/dayKey';
import { getFocusableDate } from '../time/getFocusableDate';
import { useModel } from './context';
import { NavArrow } from './NavArrow';

/**
 * The month as an ARIA grid with a roving tabindex; days with open times stand out, and a day of
 * group sessions that are all sold out is marked fully booked (still choosable: its sessions offer the waitlist).
 * `shape`: the skeleton's copy (hidden and inert), drawn without the days' names, which cost an Intl date each.
 */
export function MonthCalendar({ shape }: { shape?: boolean }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const month = m.month.value;
  const days = m.days.value;
  const open = new Set(m.openDays.value);
  const focused = m.focusedDay.value;
  const selected = m.selectedDay.value;
  const today = m.today.value;
  const grid = useRef<HTMLTableElement>(null);
  // Set by a key press in the grid: the newly focused day takes focus even when the month changed
  // (the old button is gone then, so "focus is inside the grid" cannot be asked any more).
  const keyed = useRef(false);
  const long = i18n.weekdayNames('long');
  // Right-to-left scripts' short names are whole words (Arabic "الخميس"), too wide for a phone's column: their narrow ones, as their calendars do.
  const short = i18n.weekdayNames(i18n.dir == 'rtl' ? 'narrow' : 'short');
  const weeks = getMonthGrid(month, i18n.weekStartsOn);
  // Always six rows: the calendar keeps one height from month to month and matches the skeleton.
  while (weeks.length < 6) weeks.push(Array(7).fill(null));
  const last = [...days.keys()].pop();
  /** The shown month's name, read when the month changes (the model's month is the new one by then). */
  const monthName = () => i18n.formatDate(dayKeyToDate(`${m.month.peek()}-15`), 'UTC', 'monthYear');

  // Only the focused day is tabbable; if it is not in this month, the first day is.
  const tabbable = focused && monthOf(focused) === month ? focused : `${month}-01`;

  useLayoutEffect(() => {
    if (!keyed.current) return;
    keyed.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused, month]);

  function onKeyDown(e: KeyboardEvent) {
    const next = getFocusableDate(tabbable, e.key, {
      weekStartsOn: i18n.weekStartsOn,
      shiftKey: e.shiftKey,
      rtl: i18n.dir === 'rtl',
    });
    if (!next) return;
    e.preventDefault();
    // The keys stop where the month's arrows do.
    const { first, last } = m.monthRange.peek();
    if (monthOf(next) < first || monthOf(next) > last) return;
    keyed.current = true;
    m.focusDay(next);
    if (m.focusedDay.peek() !== next) keyed.current = false;
  }

  return (
    <div class="bw-cal" part="calendar">
      <div class="bw-cal-head">
        <NavArrow
          to="previous"
          label={i18n.t('previous_month')}
          unavailable={month <= m.monthRange.value.first}
          go={() => m.showMonth(addMonths(month, -1))}
          shown={monthName}
        />
        <h3 id="bw-month">{i18n.formatDate(dayKeyToDate(`${month}-15`), 'UTC', 'monthYear')}</h3>
        <NavArrow
          to="next"
          label={i18n.t('next_month')}
          unavailable={month >= m.monthRange.value.last}
          go={() => m.showMonth(addMonths(month, 1))}
          shown={monthName}
        />
      </div>
      <table role="grid" aria-labelledby="bw-month" ref={grid} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {short.map((n, i) => (
              // Screen readers name the column by its full weekday (Chromium ignores `abbr`; Arabic's narrow names are one letter).
              <th key={i} scope="col" abbr={long[i]} aria-label={long[i]}>
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day ? (
                  <td key={day} role="gridcell" aria-selected={day === selected}>
                    <button
                      type="button"
                      part="day"
                      data-day={day}
                      class={`bw-day${open.has(day) ? ' bw-open' : days.has(day) ? ' bw-full' : ''}${day === today ? ' bw-today' : ''}`}
                      tabIndex={day === tabbable ? 0 : -1}
                      aria-label={shape ? undefined : labelDay(i18n, day, days.get(day)?.length ?? 0, day === today, !open.has(day))}
                      // A day without times (past, closed) can be reached by the keys but not chosen, as in
                      // the date-picker pattern; a sold-out day can (its sessions offer the waitlist).
                      aria-disabled={days.has(day) ? undefined : true}
                      onClick={() => days.has(day) && m.selectDay(day)}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                ) : (
                  <td key={`x${d}`} role="gridcell">
                    <span class="bw-day" />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {last && monthOf(last) === month && (
        <p class="bw-next">{i18n.t('times_until', { date: i18n.formatDate(dayKeyToDate(last), 'UTC', 'long') })}</p>
      )}
    </div>
  );
}
