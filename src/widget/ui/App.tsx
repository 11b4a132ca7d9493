import type { BookingModel } from '../model/createBookingModel';
import { BookingForm } from './BookingForm';
import { Confirmation } from './Confirmation';
import { ModelContext, useModel } from './context';
import { ErrorView } from './ErrorView';
import { Footer } from './Footer';
import { Header } from './Header';
import { Picker } from './Picker';
import { Skeleton } from './Skeleton';
import { brandStyle } from '../styles/brandStyle';

/**
 * The whole widget for one model: header, the current step, footer, and the one polite live region.
 * @example render(<App model={model} />, shadowRoot)
 */
export function App({ model }: { model: BookingModel }) {
  return (
    <ModelContext.Provider value={model}>
      <Root />
    </ModelContext.Provider>
  );
}

function Root() {
  const m = useModel();
  const i18n = m.i18n.value;
  const phase = m.phase.value;
  const ui = m.config.value.ui;
  return (
    <div class="bw" part="root" data-theme={ui.theme} dir={i18n.dir} lang={i18n.locale} style={brandStyle(ui.brand_color)}>
      <Header />
      <div class="bw-main">
        {phase === 'loading' && <Skeleton />}
        {phase === 'error' && <ErrorView />}
        {phase === 'calendar' && <Picker />}
        {phase === 'form' && <BookingForm />}
        {phase === 'confirmation' && <Confirmation />}
      </div>
      <Footer />
      <div role="status" aria-live="polite" class="bw-sr">
        {m.announcement.value}
      </div>
    </div>
  );
}
