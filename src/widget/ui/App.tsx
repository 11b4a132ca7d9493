import { useEffect, useState } from 'preact/hooks';
import type { BookingModel } from '../model/BookingModel';
import { ModelContext, useAfter, useModel } from './context';
import { Details } from './Details';
import { Footer } from './Footer';
import { Picker } from './Picker';
import { Skeleton } from './Skeleton';
import { StepsPending } from './StepsPending';

/** How long the widget stays empty before its loading screen shows. */
export const SKELETON_AFTER_MS = 150;

interface AppProps {
  model: BookingModel;
  /** When the widget was mounted (`performance.now()`): the loading screen's wait counts from then. */
  since?: number;
}

/**
 * The whole widget for one model: event details, the current step, footer, and the one polite live region.
 * @example render(<App model={model} since={performance.now()} />, shadowRoot)
 */
export function App({ model, since }: AppProps) {
  // Computed once: the wait left when the components arrived (the config-check file brings them).
  const [wait] = useState(() => (since === undefined ? SKELETON_AFTER_MS : Math.max(0, SKELETON_AFTER_MS - (performance.now() - since))));
  return (
    <ModelContext.Provider value={model}>
      <Root wait={wait} />
    </ModelContext.Provider>
  );
}

function Root({ wait }: { wait: number }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const phase = m.phase.value;
  const ui = m.config.value.ui;
  const Steps = m.steps.value;
  // The form, confirmation and zone search and error view come in a second file (steps/): fetch it as soon as
  // the calendar shows, so picking a time opens the form at once (and on an error: it names misspelt keys).
  // Once: after a failed download the step that needs the file asks again (StepsPending), not every phase change.
  useEffect(() => void (phase !== 'loading' && !m.stepsFailed.peek() && m.loadSteps()), [phase]);
  // The loading screen waits a moment: an answer that comes sooner draws the calendar straight away,
  // without first drawing and laying out a skeleton it replaces. Until then the header and the
  // footer are built but not displayed (bw-wait), so the answer's task only adds the calendar; the
  // live region is there from the start. Only the first load waits: after an update or a retry the
  // widget is already on screen, and its skeleton shows at once.
  const waited = useAfter(wait);
  const hidden = phase === 'loading' && !waited;
  return (
    <div
      class={hidden ? 'bw bw-wait' : 'bw'}
      part="root"
      data-theme={ui.theme}
      dir={i18n.dir}
      lang={i18n.locale}
      style={Steps?.brandStyle(ui.brand_color)}
    >
      <Details />
      <div class="bw-main">
        {phase === 'loading' && waited && <Skeleton />}
        {phase === 'error' && (Steps ? <Steps.ErrorView /> : <StepsPending />)}
        {phase === 'calendar' && <Picker />}
        {phase === 'manage' && (Steps ? <Steps.ManageView /> : <StepsPending />)}
        {phase === 'waitlist' && Steps && <Steps.WaitlistView />}
        {phase === 'form' && (Steps ? <Steps.BookingForm /> : <StepsPending />)}
        {phase === 'confirmation' && (Steps ? <Steps.Confirmation /> : <StepsPending />)}
      </div>
      <Footer />
      <LiveRegion />
    </div>
  );
}

/** The one polite live region; its own component, so an announcement re-renders only it. */
function LiveRegion() {
  return (
    <div role="status" aria-live="polite" class="bw-sr">
      {useModel().announcement.value}
    </div>
  );
}
