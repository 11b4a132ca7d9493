import { useEffect } from 'preact/hooks';
import { useModel } from './context';
import { Skeleton } from './Skeleton';

/**
 * Stands in for a lazily loaded step (`m.steps`) and asks for it: the skeleton while it
 * loads (nothing when `small`), and when the download failed the network message with a retry.
 * Opening a step asks for the steps once (`fillFormWhenReady`, the zone picker's toggle); so does this.
 */
export function StepsPending({ small }: { small?: boolean }) {
  const m = useModel();
  const i18n = m.i18n.value;
  // Asks unless the latest download failed: whoever showed this step (a time picked, an error) has just
  // asked; asking again here would be a second, silent try whose success depends on timing. After a
  // failure the visitor sees the message and decides (Try again).
  useEffect(() => void (m.stepsFailed.peek() || m.loadSteps()), []);
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
