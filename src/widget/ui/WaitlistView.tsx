import { useEffect, useRef } from 'preact/hooks';
import { labelTimeRange } from '../labels/labelTimeRange';
import { zoneLabel } from '../i18n/timezones';
import { waitlistErrorKey, waitlistRetry, type Waitlist } from '../model/createWaitlist';
import { Field } from './Field';
import { useModel, useStepFocus } from './context';

/**
 * The waitlist step of a sold-out group session: the session, what the list does, name and e-mail
 * with inline errors, a refusal or lost answer with its way on (send again, or back to the
 * sessions when seats came free), then where the visitor stands. The heading takes focus on each.
 */
export function WaitlistView() {
  const m = useModel();
  const w = m.waitlist()!;
  const i18n = m.i18n.value;
  const t = i18n.t;
  const ref = useStepFocus<HTMLHeadingElement>();
  const slot = w.session.value;
  const joined = w.joined.value;
  if (!slot?.group) return null;
  const zone = m.timeZone.value;
  const g = slot.group;
  const when = `${i18n.formatDate(new Date(slot.start), zone, 'full')}, ${labelTimeRange(i18n, slot.start, slot.end, zone)}`;
  const back = (
    <button type="button" class="bw-link bw-back" onClick={w.close}>
      {t('waitlist_back')}
    </button>
  );
  if (joined)
    return (
      <section class="bw-done" part="waitlist" aria-labelledby="bw-wl-h">
        <span class="bw-mark bw-wait" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="28" height="28">
            <path d="M12 6v6l4 2" />
          </svg>
        </span>
        <h2 id="bw-wl-h" ref={ref} tabIndex={-1}>
          {t(joined.already_joined ? 'waitlist_already_heading' : 'waitlist_joined_heading')}
        </h2>
        <p class="bw-lead">{t('waitlist_position', { position: joined.position, what: g.what, when })}</p>
        <p>{t('waitlist_next', { email: String(w.values.value.email) })}</p>
        <button type="button" class="bw-btn bw-secondary" onClick={w.close}>
          {t('waitlist_back')}
        </button>
      </section>
    );
  return (
    <section class="bw-form" part="waitlist" aria-labelledby="bw-wl-h">
      <div class="bw-chosen">
        <h2 id="bw-wl-h" ref={ref} tabIndex={-1}>
          {t('waitlist_join')}
        </h2>
        <p class="bw-with">
          <strong>{g.what}</strong>
          {g.where && ` · ${g.where}`}
        </p>
        <p class="bw-with">{when}</p>
        <p class="bw-with">{zoneLabel(zone, new Date(slot.start), i18n.locale)}</p>
        {back}
      </div>
      <p>{t('waitlist_intro')}</p>
      <WaitlistForm w={w} />
    </section>
  );
}

/** Name and e-mail, the refusal with its way on, and "Join the waitlist". */
function WaitlistForm({ w }: { w: Waitlist }) {
  const m = useModel();
  const t = m.i18n.value.t;
  const form = useRef<HTMLFormElement>(null);
  const invalid = w.invalidRequest.value;
  const err = w.error.value;
  const busy = w.busy.value;
  const source = { prefix: 'bw-w-', values: w.values.value, errors: w.errors.value, set: w.setValue };
  useEffect(() => {
    if (invalid) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);
  const key = err && waitlistErrorKey(err);
  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void w.submit();
      }}
    >
      {w.fields.value.map((f) => (
        <Field key={f.key} field={f} source={source} />
      ))}
      {err && key && (
        <div class="bw-alert" role="alert">
          <p>{t(key, { message: err.message })}</p>
          {waitlistRetry(err) ? (
            <button type="button" class="bw-btn bw-secondary" onClick={() => void w.submit()}>
              {t('retry')}
            </button>
          ) : (
            <button type="button" class="bw-btn bw-secondary" onClick={w.close}>
              {t('waitlist_back')}
            </button>
          )}
        </div>
      )}
      <button type="submit" class="bw-btn bw-submit" aria-disabled={busy || undefined}>
        {t(busy ? 'waitlist_joining' : 'waitlist_join')}
      </button>
    </form>
  );
}
