import { useModel } from './context';

/**
 * Placeholder shapes while the project and times load ("Loading available times…" for screen
 * readers), or, with `step`, while a step of the lazily loaded steps arrives ("Loading…").
 */
export function Skeleton({ step = false }: { step?: boolean }) {
  const m = useModel();
  return (
    <div class="bw-skel" aria-busy="true" part="loading">
      <span class="bw-sr">{m.i18n.value.t(step ? 'loading_step' : 'loading')}</span>
      <div class="bw-skel-cal" aria-hidden="true" />
      <div class="bw-skel-list" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
