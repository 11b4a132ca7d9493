import { addDays, dayKeyToDate, startOfWeek } from '../time/dayKey';
import { SlotButton, mixesResources } from './SlotButton';
import { useModel } from './context';
import { useSessionRefresh } from './SessionRefresh';

/** Seven columns of times: the week of the focused day, with previous/next week. */
export function WeekView() {
  const m = useModel();
  const i18n = m.i18n.value;
  const days = m.days.value;
  useSessionRefresh();
  const anchor = m.focusedDay.value ?? m.today.value;
  const start = startOfWeek(anchor, i18n.weekStartsOn);
  const week = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const names = mixesResources(m.slots.value);
  const thisWeek = startOfWeek(m.today.value, i18n.weekStartsOn);
  return (
    <div class="bw-week" part="calendar">
      <div class="bw-cal-head">
        <button type="button" class="bw-icon" aria-label={i18n.t('previous_week')} disabled={start <= thisWeek} onClick={() => m.focusDay(addDays(start, -7))}>
          ‹
        </button>
        <h3>{i18n.t('week_of', { date: i18n.formatDate(dayKeyToDate(start), 'UTC', 'long') })}</h3>
        <button type="button" class="bw-icon" aria-label={i18n.t('next_week')} onClick={() => m.focusDay(addDays(start, 7))}>
          ›
        </button>
      </div>
      <div class="bw-cols" part="times">
        {week.map((day) => (
          <section key={day} aria-label={i18n.formatDate(dayKeyToDate(day), 'UTC', 'full')}>
            <h4 aria-hidden="true">{i18n.formatDate(dayKeyToDate(day), 'UTC', 'weekdayDay')}</h4>
            <ul class="bw-slots">
              {(days.get(day) ?? []).map((s) => (
                <SlotButton key={s.start + (s.group?.id ?? '')} slot={s} withName={names} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {!week.some((d) => days.has(d)) && <NextAfterWeek end={week[6]} />}
    </div>
  );
}

function NextAfterWeek({ end }: { end: string }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const next = [...m.days.value.keys()].find((d) => d > end);
  if (!next) return null;
  return (
    <p class="bw-next">
      <button type="button" class="bw-link" onClick={() => m.focusDay(next)}>
        {i18n.t('next_available', { date: i18n.formatDate(dayKeyToDate(next), 'UTC', 'full') })}
      </button>
    </p>
  );
}
