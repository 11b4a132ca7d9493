import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { I18n } from '../i18n/index';
import { dayKeyToDate } from '../time/dayKey';
import type { WidgetSlot } from '../time/slots';
import { useModel } from './context';
import { SlotButton, mixesResources } from './SlotButton';

/** Days drawn at once, and added per task after that (72 hourly times a task at most): 26 weeks of hourly times never block the page. */
const DAYS_PER_TASK = 3;

/**
 * Every day with open times, each followed by its times (lazily loaded with the steps). The list
 * grows with the page; each day's heading stays in view (sticky) while its times scroll past.
 * The first three days are drawn at once and the rest three per task, so a long list (26 weeks,
 * thousands of times) shows its first times as soon as a short one and no task runs long.
 */
export function ListView() {
  const m = useModel();
  const i18n = m.i18n.value;
  const days = m.days.value;
  const names = mixesResources(m.slots.value);
  // New times (another zone, a reload) start again from the first week.
  const [shown, setShown] = useState({ days, count: DAYS_PER_TASK });
  const count = shown.days === days ? shown.count : DAYS_PER_TASK;
  useEffect(() => {
    if (count >= days.size) return;
    const id = setTimeout(() => setShown({ days, count: count + DAYS_PER_TASK }), 0);
    return () => clearTimeout(id);
  }, [days, count]);
  return (
    <div class="bw-list" part="times">
      {[...days].slice(0, count).map(([day, slots]) => (
        <Day key={day} day={day} slots={slots} names={names} i18n={i18n} />
      ))}
    </div>
  );
}

interface DayProps {
  day: string;
  slots: WidgetSlot[];
  names: boolean;
  i18n: I18n;
}

/** One day's heading and times; drawn again only when they change (the buttons follow their own signals). */
class Day extends Component<DayProps> {
  override shouldComponentUpdate(next: DayProps) {
    const p = this.props;
    return next.slots !== p.slots || next.names !== p.names || next.i18n !== p.i18n || next.day !== p.day;
  }

  render({ day, slots, names, i18n }: DayProps) {
    return (
      <section aria-labelledby={`bw-l-${day}`}>
        <h3 id={`bw-l-${day}`}>{i18n.formatDate(dayKeyToDate(day), 'UTC', 'full')}</h3>
        <ul class="bw-slots">
          {slots.map((s) => (
            <SlotButton key={s.start + (s.group?.id ?? '')} slot={s} withName={names} />
          ))}
        </ul>
      </section>
    );
  }
}
