import { useEffect } from 'preact/hooks';
import { useModel } from './context';
import { Skeleton } from './Skeleton';

/**
 * Stands in for a lazily loaded step (`m.steps`) and asks for it: the skeleton while it
 * loads (nothing when `small`), and when the download failed the network message with a retry.
 */
export function StepsPending({ small }: { small?: boolean }) {
  const m = useModel();
  const i18n = m.i18n.value;
  useEffect(() => void m.loadSteps(), []);
  if (!m.stepsFailed.value) return small ? null : <Skeleton step />;
  return (
    <div class="bw-error" role="alert">
      <p>{i18n.t('error_network')}</p>
      <button type="button" class="bw-btn" onClick={() => void m.loadSteps()}>
        {i18n.t('retry')}
      </button>
    </div>
  );
}
