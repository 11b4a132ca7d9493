import { dayKeyToDate } from '../time/dayKey';
import { SlotButton, mixesResources } from './SlotButton';
import { useModel } from './context';

/**
 * Every day with open times, each followed by its times (lazily loaded with the steps). The list
 * grows with the page; each day's heading stays in view (sticky) while its times scroll past.
 */
export function ListView() {
  const m = useModel();
  const i18n = m.i18n.value;
  const names = mixesResources(m.slots.value);
  return (
    <div class="bw-list" part="times">
      {[...m.days.value].map(([day, slots]) => (
        <section key={day} aria-labelledby={`bw-l-${day}`}>
          <h3 id={`bw-l-${day}`}>{i18n.formatDate(dayKeyToDate(day), 'UTC', 'full')}</h3>
          <ul class="bw-slots">
            {slots.map((s) => (
              <SlotButton key={s.start + (s.group?.id ?? '')} slot={s} withName={names} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
