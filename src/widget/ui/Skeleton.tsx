import { useModel } from './context';

/** Placeholder shapes while the project and times load; the live region says "Loading…". */
export function Skeleton() {
  const m = useModel();
  return (
    <div class="bw-skel" aria-busy="true" part="loading">
      <span class="bw-sr">{m.i18n.value.t('loading')}</span>
      <div class="bw-skel-cal" aria-hidden="true" />
      <div class="bw-skel-list" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
