import { MonthCalendar } from './MonthCalendar';
import { useModel } from './context';

/**
 * Placeholder shapes while the project and times load ("Loading available times…" for screen
 * readers), or, with `step`, while a step of the lazily loaded steps arrives ("Loading…"). Its
 * calendar is the month itself, without times, greyed and inert: the calendar that replaces it has
 * its size to the pixel, so nothing on the page jumps when the times arrive.
 */
export function Skeleton({ step = false }: { step?: boolean }) {
  const m = useModel();
  return (
    <div class="bw-skel bw-picker bw-month" aria-busy="true" part="loading">
      <span class="bw-sr">{m.i18n.value.t(step ? 'loading_step' : 'loading')}</span>
      <div class="bw-skel-cal" aria-hidden="true" inert>
        <MonthCalendar shape />
      </div>
      <div class="bw-skel-list" aria-hidden="true">
        <span class="bw-skel-line" />
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
