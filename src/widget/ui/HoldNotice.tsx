import { useModel } from './context';

/**
 * The form's hold line (`booking.hold`): the time left as a live countdown while the time is held
 * (seen every second, not announced: the model announces the last minute and the end), or why the
 * time is no longer held, with the way to fresh times (what was typed stays).
 */
export function HoldNotice() {
  const m = useModel();
  const h = m.holds();
  if (!h) return null;
  const i18n = m.i18n.value;
  const status = h.status.value;
  if (status === 'held')
    return (
      <p class="bw-hold" part="hold">
        {i18n.t('hold_left', { time: h.shown.value })}
      </p>
    );
  if (status !== 'expired' && status !== 'refused') return null;
  return (
    <div class="bw-alert" part="hold">
      <p>{i18n.t(status === 'expired' ? 'hold_expired' : 'hold_refused')}</p>
      <button type="button" class="bw-btn" onClick={() => m.freshTimes()}>
        {i18n.t('fresh_times')}
      </button>
    </div>
  );
}
