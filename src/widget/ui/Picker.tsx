import { VIEWS } from '../views';
import { StepsPending } from './StepsPending';
import { useModel, useStepFocus } from './context';

/**
 * The "choose a time" step in the configured view (`views.ts`). The month of single times is built
 * in; the other views, group sessions and the brand colour's palette come with the lazily loaded
 * steps (the model starts that download with the times when the config asks for them: `stepsFirst`).
 */
export function Picker() {
  const m = useModel();
  // Back from the form, the time picked before takes the focus (the visitor goes on from there);
  // else the step's heading.
  const ref = useStepFocus<HTMLHeadingElement>((heading) => {
    const picked = m.selectedSlot.peek();
    // Compared, not put in a selector: a time is the API's text, which a selector would have to escape.
    const times = heading.parentElement?.querySelectorAll<HTMLElement>('.bw-slot') ?? [];
    return picked ? [...times].find((time) => time.dataset.start === picked.start) : null;
  });
  const view = m.view.value;
  const empty = m.days.value.size === 0;
  const Steps = m.steps.value;
  const View = VIEWS[view].component(Steps);
  if (!View || (!Steps && m.stepsFirst.value)) return <StepsPending />;
  return (
    <div class={`bw-picker bw-${view}`}>
      <h2 class="bw-sr" ref={ref} tabIndex={-1}>
        {m.i18n.value.t('calendar_label')}
      </h2>
      {Steps && m.groupMode.value && <Steps.SessionWatch />}
      {empty && <p class="bw-empty">{m.i18n.value.t('no_times_at_all')}</p>}
      <View />
    </div>
  );
}
