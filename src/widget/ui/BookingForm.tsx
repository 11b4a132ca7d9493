import { useEffect, useRef } from 'preact/hooks';
import { labelTimeRange } from '../labels/labelTimeRange';
import { labelHosts } from '../labels/labelHosts';
import { zoneLabel } from '../i18n/timezones';
import { isSlotTaken } from '../model/bookingError';
import { Field } from './Field';
import { HoldNotice } from './HoldNotice';
import { SeatStepper } from './SeatStepper';
import { useSessionRefresh } from './SessionRefresh';
import { SubmitError } from './SubmitError';
import { useModel, useStepFocus } from './context';

/** The chosen time, who it is with, the customer fields and the submit button. */
export function BookingForm() {
  const m = useModel();
  const i18n = m.i18n.value;
  const slot = m.selectedSlot.value!;
  const zone = m.timeZone.value;
  const ref = useStepFocus<HTMLHeadingElement>();
  const form = useRef<HTMLFormElement>(null);
  const invalid = m.invalidRequest.value;
  const resched = m.rescheduleMode.value;
  const busy = m.submitting.value;
  // Every host of a time (several in mutual mode), joined in the visitor's language.
  const who = labelHosts(slot.resources, i18n.locale);
  const g = slot.group;
  // The time (or the session's last seat) was just taken: nothing left to book here, so no "Book it".
  const err = m.submitError.value;
  const held = m.holds()?.status.value;
  const gone =
    held === 'expired' ||
    held === 'refused' ||
    (!!err && (m.seatProblem.value ? m.seatProblem.value.kind === 'sold_out' : err.kind === 'validation' && isSlotTaken(err)));
  useSessionRefresh();

  useEffect(() => {
    if (invalid) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);

  const date = i18n.formatDate(new Date(slot.start), zone, 'full');
  const time = labelTimeRange(i18n, slot.start, slot.end, zone);
  return (
    <section class="bw-form" part="form" aria-labelledby="bw-form-h">
      <div class="bw-chosen">
        <h2 id="bw-form-h" ref={ref} tabIndex={-1}>
          {i18n.t(resched ? 'reschedule_heading' : 'form_heading', { date, time })}
        </h2>
        <p class="bw-with">{zoneLabel(zone, new Date(slot.start), i18n.locale)}</p>
        {g && (
          <p class="bw-with">
            <strong>{g.what}</strong>
            {g.where && ` · ${g.where}`}
          </p>
        )}
        {who && (
          <p class="bw-with">
            {i18n.t('allocated_resource_prefix')} <strong>{who}</strong>
          </p>
        )}
        <button type="button" class="bw-link bw-back" onClick={() => m.closeForm()}>
          {i18n.t('back_to_times')}
        </button>
        <HoldNotice />
      </div>
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void m.submit();
        }}
      >
        {g && !resched && <SeatStepper />}
        {m.fields.value.map((f) => (
          <Field key={f.key} field={f} />
        ))}
        <SubmitError />
        <button type="submit" class="bw-btn bw-submit" part="submit" aria-disabled={busy || undefined} disabled={gone}>
          {busy ? i18n.t('submitting') : i18n.t(resched ? 'reschedule_submit_button' : 'submit_button')}
        </button>
      </form>
    </section>
  );
}
