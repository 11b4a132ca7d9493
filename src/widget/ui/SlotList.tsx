import { dayKeyToDate } from '../time/dayKey';
import { SlotButton, mixesResources } from './SlotButton';
import { useModel } from './context';
import { useSessionRefresh } from './SessionRefresh';

/** The selected day's times as a list of buttons. */
export function SlotList() {
  const m = useModel();
  const i18n = m.i18n.value;
  const day = m.selectedDay.value;
  useSessionRefresh();
  const slots = m.daySlots.value;
  if (!day) return null;
  const names = mixesResources(slots);
  return (
    <section class="bw-times" part="times" aria-labelledby="bw-times-h">
      <h3 id="bw-times-h">{i18n.t('times_heading', { date: i18n.formatDate(dayKeyToDate(day), 'UTC', 'full') })}</h3>
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
