import { useRef, useState } from 'preact/hooks';
import { zoneLabel } from '../i18n/timezones';
import { labelZone } from '../labels/labelZone';
import { useModel } from './context';
import { StepsPending } from './StepsPending';

/** "Your time zone: Berlin (GMT+01:00)"; the button opens the zone search (`ZoneSearch`, with the lazily loaded steps). */
export function TimezonePicker() {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const Steps = m.steps.value;
  const now = m.now();

  /** Closes the search; the focus goes back to the button unless it went elsewhere (`refocus` false: Tab out). */
  function close(refocus = true) {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  }

  return (
    <div class="bw-tz" part="timezone">
      <span>{i18n.t('timezone_label')}:</span>{' '}
      <button
        ref={toggle}
        type="button"
        class="bw-link"
        aria-expanded={open}
        aria-controls="bw-tz-panel"
        aria-label={labelZone(i18n, zone, now)}
        onClick={() => (open ? close() : (setOpen(true), Steps || void m.loadSteps()))}
      >
        {zoneLabel(zone, now, i18n.locale)}
      </button>
      {open && (Steps ? <Steps.ZoneSearch close={close} /> : <StepsPending small />)}
    </div>
  );
}
