import type { Booking } from '../../wire/index';
import { awaitsConfirmation } from '../../wire/index';
import { labelTimeRange } from '../labels/labelTimeRange';
import { zoneLabel } from '../i18n/timezones';
import { manageErrorKey } from '../model/createManage';
import type { MessageKey } from '../i18n/en';
import { useModel, useStepFocus } from './context';
import { Picker } from './Picker';

/** The state of a booking in the customer's words (catalog key). */
export function stateKey(b: Booking): MessageKey {
  if (awaitsConfirmation(b) || b.state === 'tentative') return 'manage_state_tentative';
  if (/^cancel|declined/.test(b.state)) return 'manage_state_cancelled';
  const keys: Partial<Record<Booking['state'], MessageKey>> = {
    rescheduled_by_customer: 'manage_state_moved',
    completed: 'manage_state_done',
    paid: 'manage_state_paid',
    unpaid: 'manage_state_unpaid',
  };
  return keys[b.state] ?? 'manage_state_confirmed';
}

/** When a booking is, in the visitor's zone: the date, the time range and the zone. */
function When({ b }: { b: Booking }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const { start, end } = b.attributes.event_info;
  return (
    <>
      {i18n.formatDate(new Date(start), zone, 'full')}
      <br />
      {labelTimeRange(i18n, start, end, zone)}
      <br />
      <span class="bw-zone">{zoneLabel(zone, new Date(start), i18n.locale)}</span>
    </>
  );
}

/** What, when, with whom, where, seats and state of a booking. */
function Summary({ b }: { b: Booking }) {
  const m = useModel();
  const t = m.i18n.value.t;
  const info = b.attributes.event_info;
  const seats = b.related?.seats ?? 0;
  const rows: Array<[string, unknown]> = [
    [t('label_what'), info.what],
    [t('label_when'), <When b={b} />],
    [t('label_with'), b.resource?.name],
    [t('label_where'), info.where !== 'TBD' && info.where],
    [t('seats_label'), seats > 0 && t('seats_count', { count: seats })],
    [t('manage_state'), t(stateKey(b))],
  ];
  return (
    <dl>
      {rows.map(([label, value]) =>
        value ? (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ) : null,
      )}
    </dl>
  );
}

/**
 * Manage mode: the booking a signed link names, its "Reschedule" and "Cancel booking" (only what
 * `customer_actions` allows), the cancel step with an optional reason, the old and new times side by
 * side before a reschedule, and a refused link in plain words. Each step's heading takes focus.
 */
export function ManageView() {
  const m = useModel();
  const mg = m.manage.value!;
  const t = m.i18n.value.t;
  const ref = useStepFocus<HTMLHeadingElement>();
  const view = mg.view.value;
  const b = mg.booking.value;
  const err = mg.error.value;
  const busy = mg.busy.value;
  const slot = m.selectedSlot.value;
  const heading = (key: MessageKey) => (
    <h2 id="bw-mg-h" ref={ref} tabIndex={-1}>
      {t(key)}
    </h2>
  );
  const alert = err && view !== 'failed' && (
    <p class="bw-alert" role="alert">
      {t(manageErrorKey(err) as MessageKey)}
    </p>
  );
  const button = (key: MessageKey, onClick: () => unknown, kind: 'primary' | 'secondary' | 'danger' = 'secondary') => (
    <button
      type="button"
      class={kind === 'primary' ? 'bw-btn' : `bw-btn bw-${kind}`}
      aria-disabled={busy || undefined}
      onClick={() => !busy && onClick()}
    >
      {t(key)}
    </button>
  );
  if (view === 'pick')
    return (
      <>
        <button type="button" class="bw-link bw-back" onClick={mg.back}>
          {t('manage_back')}
        </button>
        <Picker />
      </>
    );
  if (view === 'loading' || !b)
    return view === 'failed' && err ? (
      <section class="bw-done bw-error" part="manage" aria-labelledby="bw-mg-h">
        {heading('manage_failed_heading')}
        <p class="bw-lead">{t(manageErrorKey(err) as MessageKey)}</p>
      </section>
    ) : (
      <p class="bw-lead" part="manage">
        {t('manage_loading')}
      </p>
    );
  const bookNew = m.config.value.allow_resubmission !== false && !b.related?.owner_booking_id && button('manage_book_new', mg.bookNew);
  const actions = (
    <div class="bw-manage-actions">
      {mg.can('reschedule') && button('manage_reschedule', mg.startReschedule)}
      {mg.can('cancel') && button('manage_cancel', mg.askCancel)}
    </div>
  );
  return (
    <section class="bw-done bw-manage" part="manage" aria-labelledby="bw-mg-h">
      {view === 'show' && (
        <>
          {heading('manage_heading')}
          <Summary b={b} />
          {alert}
          {b.customer_actions?.length ? (
            actions
          ) : (
            <>
              <p>{t('manage_no_actions')}</p>
              {/* Not a dead end: a booking that can no longer be changed (cancelled, past) offers a new one, as after a cancel. */}
              {bookNew}
            </>
          )}
        </>
      )}
      {view === 'cancel' && (
        <>
          {heading('manage_cancel_heading')}
          <Summary b={b} />
          <div class="bw-field">
            <label for="bw-mg-reason">{t('manage_reason')}</label>
            <textarea
              id="bw-mg-reason"
              rows={3}
              maxLength={5000}
              value={mg.reason.value}
              onInput={(e) => (mg.reason.value = (e.target as HTMLTextAreaElement).value)}
            />
          </div>
          {alert}
          <div class="bw-manage-actions">
            {button('manage_cancel_confirm', mg.cancel, 'danger')}
            {button('manage_keep', mg.back)}
          </div>
        </>
      )}
      {view === 'reschedule' && slot && (
        <>
          {heading('manage_reschedule_heading')}
          <dl>
            <dt>{t('manage_old_time')}</dt>
            <dd>
              <When b={b} />
            </dd>
            <dt>{t('manage_new_time')}</dt>
            <dd>
              <When
                b={{ ...b, attributes: { ...b.attributes, event_info: { ...b.attributes.event_info, start: slot.start, end: slot.end } } }}
              />
            </dd>
          </dl>
          {alert}
          <div class="bw-manage-actions">
            {button('manage_reschedule_confirm', mg.reschedule, 'primary')}
            {button('manage_pick_other', mg.startReschedule)}
            {button('manage_back', mg.back)}
          </div>
        </>
      )}
      {view === 'cancelled' && (
        <>
          {heading('manage_cancelled_heading')}
          <Summary b={b} />
          {bookNew}
        </>
      )}
      {view === 'rescheduled' && (
        <>
          {heading('manage_rescheduled_heading')}
          <Summary b={b} />
          {mg.previous.value && (
            <p>
              {t('manage_previous_time')}:{' '}
              <s>
                {labelTimeRange(
                  m.i18n.value,
                  mg.previous.value.attributes.event_info.start,
                  mg.previous.value.attributes.event_info.end,
                  m.timeZone.value,
                )}
              </s>
            </p>
          )}
          {alert}
          {actions}
        </>
      )}
    </section>
  );
}
