import { seatsLeft } from '../model/seats';
import { addDays, dayKeyToDate, startOfWeek } from '../time/dayKey';
import { weekRows } from '../time/weekRows';
import { useModel } from './context';
import { NavArrow } from './NavArrow';
import { SlotButton, mixesResources } from './SlotButton';

/**
 * The week of the focused day as a time grid (lazily loaded with the steps): a column per day, a
 * row per time of day, so equal times line up; a day without times says so. Below 560 px of the
 * widget's width the same week is a list of days, and so are group sessions at every width (a card
 * with title, time, place and seats does not fit a seventh of the row). A week without times offers
 * the next one that has; a week whose every group session is sold out says it is fully booked (the
 * seat counts tell it) and offers the next day with a free seat; the last week with times says until when.
 */
export function WeekView() {
  const m = useModel();
  const i18n = m.i18n.value;
  const days = m.days.value;
  const anchor = m.focusedDay.value ?? m.today.value;
  const start = startOfWeek(anchor, i18n.weekStartsOn);
  const week = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const names = mixesResources(m.slots.value);
  const thisWeek = startOfWeek(m.today.value, i18n.weekStartsOn);
  const rows = weekRows(days, week, m.timeZone.value);
  const keys = [...days.keys()];
  const titleOf = (first: string) => i18n.t('week_of', { date: i18n.formatDate(dayKeyToDate(first), 'UTC', 'long') });
  const title = titleOf(start);
  /** The shown week's title, read when the week changes (the model's focused day is in the new one by then). */
  const weekTitle = () => titleOf(startOfWeek(m.focusedDay.peek() ?? m.today.peek(), i18n.weekStartsOn));
  const full = (day: string) => i18n.formatDate(dayKeyToDate(day), 'UTC', 'full');
  const sessions = week.flatMap((day) => days.get(day) ?? []);
  const booked = sessions.length > 0 && sessions.every((s) => seatsLeft(s) === 0);
  const last = keys[keys.length - 1];
  const slotList = (slots: typeof m.slots.value) => (
    <ul class="bw-slots">
      {slots.map((s) => (
        <SlotButton key={s.start + (s.group?.id ?? '')} slot={s} withName={names} />
      ))}
    </ul>
  );
  return (
    <div class="bw-week" part="calendar">
      <div class="bw-cal-head">
        <NavArrow
          to="previous"
          label={i18n.t('previous_week')}
          unavailable={start <= thisWeek}
          go={() => m.focusDay(addDays(start, -7))}
          shown={weekTitle}
        />
        <h3>{title}</h3>
        <NavArrow
          to="next"
          label={i18n.t('next_week')}
          unavailable={!last || last <= week[6]}
          go={() => m.focusDay(addDays(start, 7))}
          shown={weekTitle}
        />
      </div>
      {rows.length ? (
        <>
          {booked && <NextAfterWeek end={week[6]} text="fully_booked_week" />}
          {!m.groupMode.value && (
            <table class="bw-wk" part="times" aria-label={title}>
              <thead>
                <tr>
                  {week.map((day) => (
                    <th key={day} scope="col">
                      <span aria-hidden="true">{i18n.formatDate(dayKeyToDate(day), 'UTC', 'weekdayDay')}</span>
                      <span class="bw-sr">{full(day)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={row.time}>
                    {row.cells.map((cell, d) =>
                      days.has(week[d]) ? (
                        <td key={d}>{cell.length > 0 && slotList(cell)}</td>
                      ) : (
                        r === 0 && (
                          <td key={d} rowSpan={rows.length} class="bw-none">
                            {i18n.t('no_times_short')}
                          </td>
                        )
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class={m.groupMode.value ? 'bw-wk-days bw-wk-all' : 'bw-wk-days'} part="times">
            {week.map((day) => (
              <section key={day} aria-label={full(day)}>
                <h4 aria-hidden="true">{i18n.formatDate(dayKeyToDate(day), 'UTC', 'weekdayDay')}</h4>
                {days.has(day) ? slotList(days.get(day)!) : <p class="bw-none">{i18n.t('no_times_short')}</p>}
              </section>
            ))}
          </div>
          {last <= week[6] && <p class="bw-next">{i18n.t('times_until', { date: i18n.formatDate(dayKeyToDate(last), 'UTC', 'long') })}</p>}
        </>
      ) : (
        <NextAfterWeek end={week[6]} text="no_times_week" />
      )}
    </div>
  );
}

/** Why this week offers nothing ("no open times", "fully booked") and the next day after it with something to book. */
function NextAfterWeek({ end, text }: { end: string; text: 'no_times_week' | 'fully_booked_week' }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const next = [...m.days.value].find(([d, slots]) => d > end && slots.some((s) => seatsLeft(s) > 0))?.[0];
  return (
    <p class="bw-next">
      {i18n.t(text)}{' '}
      {next && (
        <button type="button" class="bw-link" onClick={() => m.focusDay(next)}>
          {i18n.t('next_available', { date: i18n.formatDate(dayKeyToDate(next), 'UTC', 'full') })}
        </button>
      )}
    </p>
  );
}
