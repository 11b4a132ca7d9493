import { ListView } from './ListView';
import { MonthCalendar } from './MonthCalendar';
import { SlotList } from './SlotList';
import { WeekView } from './WeekView';
import { useModel, useStepFocus } from './context';

/** The "choose a time" step in the configured view. */
export function Picker() {
  const m = useModel();
  const ref = useStepFocus<HTMLHeadingElement>();
  const view = m.view.value;
  const empty = m.days.value.size === 0;
  return (
    <div class={`bw-picker bw-${view}`}>
      <h2 class="bw-sr" ref={ref} tabIndex={-1}>
        {m.i18n.value.t('calendar_label')}
      </h2>
      {empty && <p class="bw-empty">{m.i18n.value.t('no_times_at_all')}</p>}
      {view === 'month' && (
        <>
          <MonthCalendar />
          <SlotList />
        </>
      )}
      {view === 'week' && <WeekView />}
      {view === 'list' && <ListView />}
    </div>
  );
}
