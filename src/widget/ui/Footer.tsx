import { TimezonePicker } from './TimezonePicker';
import { useModel } from './context';

/** Time-zone helper (`ui.show_timezone_helper`) and credits (`ui.show_credits`). */
export function Footer() {
  const m = useModel();
  const ui = m.config.value.ui;
  const phase = m.phase.value;
  // Also while loading: the line keeps its place, so the calendar that follows does not move anything.
  const showTz = ui.show_timezone_helper && phase !== 'error' && phase !== 'confirmation';
  if (!showTz && !ui.show_credits) return null;
  return (
    <footer class="bw-footer" part="footer">
      {showTz && <TimezonePicker />}
      {ui.show_credits && <span class="bw-credits">{m.i18n.value.t('powered_by')}</span>}
    </footer>
  );
}
