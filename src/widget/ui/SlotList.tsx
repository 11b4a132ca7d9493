import { dayKeyToDate, monthOf } from '../time/dayKey';
import { NextAvailable } from './NextAvailable';
import { SlotButton, mixesResources } from './SlotButton';
import { useModel } from './context';

/**
 * The selected day's times as a list of buttons. A month without times says so, and so does a month
 * whose group sessions are all sold out (above the chosen day's sold-out cards, which offer the waitlist).
 */
export function SlotList() {
  const m = useModel();
  const i18n = m.i18n.value;
  const day = m.selectedDay.value;
  const slots = m.daySlots.value;
  const month = m.month.value;
  const name = { month: i18n.formatDate(dayKeyToDate(`${month}-15`), 'UTC', 'monthYear') };
  // No times at all: the picker says so once, above the calendar.
  if (!m.days.value.size) return null;
  // A month without times (or one moved to without choosing a day) says so here, never the times of another month.
  if (!day || monthOf(day) !== month)
    return <NextAvailable text={i18n.t(m.monthHasTimes.value ? 'calendar_label' : 'no_times_month', name)} />;
  const names = mixesResources(slots);
  return (
    <section class="bw-times" part="times" aria-labelledby="bw-times-h" data-more={i18n.t('more_times')}>
      {!m.openDays.value.some((d) => monthOf(d) === month) && <NextAvailable text={i18n.t('fully_booked_month', name)} />}
      <h3 id="bw-times-h">{i18n.t('times_heading', { date: i18n.formatDate(dayKeyToDate(day), 'UTC', 'dayMonth') })}</h3>
      {slots.length ? (
        <ul class="bw-slots">
          {slots.map((s) => (
            <SlotButton key={s.start + (s.group?.id ?? '')} slot={s} withName={names} />
          ))}
        </ul>
      ) : (
        <p>{i18n.t('no_times_day')}</p>
      )}
    </section>
  );
}
