import { MonthCalendar } from './MonthCalendar';
import { useAfter, useModel } from './context';

/** How long the skeleton holds still before it pulses. */
export const PULSE_AFTER_MS = 600;

/**
 * Placeholder shapes while the project and times load ("Loading available times…" for screen
 * readers), or, with `step`, while a step of the lazily loaded steps arrives ("Loading…"). Its
 * calendar is the month itself, without times, greyed and inert: the calendar that replaces it has
 * its size to the pixel, so nothing on the page jumps when the times arrive. It holds still for its
 * first {@link PULSE_AFTER_MS} ms, then pulses (unless the visitor prefers reduced motion): a fast
 * answer replaces it before any flicker, and no animation frames compete with drawing the calendar.
 */
export function Skeleton({ step = false }: { step?: boolean }) {
  const m = useModel();
  const slow = useAfter(PULSE_AFTER_MS);
  return (
    <div class={`bw-skel bw-picker bw-month${slow ? ' bw-skel-slow' : ''}`} aria-busy="true" part="loading">
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
