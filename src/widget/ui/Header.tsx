import { useModel } from './context';

/** Avatar, display name and the test-mode badge (all text from config rendered as text). */
export function Header() {
  const m = useModel();
  const ui = m.config.value.ui;
  if (!ui.avatar && !ui.display_name && !m.testMode.value) return null;
  return (
    <header class="bw-header" part="header">
      {ui.avatar && <img class="bw-avatar" src={ui.avatar} alt="" width={48} height={48} />}
      {ui.display_name && <p class="bw-name">{ui.display_name}</p>}
      {m.testMode.value && <span class="bw-badge">{m.i18n.value.t('test_mode')}</span>}
    </header>
  );
}
