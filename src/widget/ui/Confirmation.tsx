import { buildIcs, googleCalendarUrl, icsDataUrl, type CalendarEvent } from '../calendar-export/buildIcs';
import { labelTimeRange } from '../labels/labelTimeRange';
import { zoneLabel } from '../i18n/timezones';
import { paymentStatus } from '../model/payment';
import { useModel, useStepFocus } from './context';
import { PaymentStatus } from './PaymentStatus';

/** What was booked, when (visitor's zone), with whom; calendar exports; book another. */
export function Confirmation() {
  const m = useModel();
  const i18n = m.i18n.value;
  const ref = useStepFocus<HTMLHeadingElement>();
  const b = m.booking.value!;
  const slot = m.selectedSlot.value;
  const zone = m.timeZone.value;
  const info = b.attributes?.event_info;
  const start = info?.start ?? slot?.start ?? '';
  const end = info?.end ?? slot?.end ?? '';
  const what = info?.what ?? slot?.group?.what ?? '';
  const who = b.resource?.name ?? slot?.resources[0]?.name;
  const email = String(m.values.value.email ?? b.customers?.[0]?.email ?? '');
  const awaiting = b.graph === 'confirm_decline' && b.state === 'tentative';
  const pending = paymentStatus(b) === 'pending';
  const where = info?.where || slot?.group?.where;
  const seats = slot?.group ? b.related?.seats ?? m.seats.value : 0;
  const resched = m.rescheduleMode.value;
  const event: CalendarEvent = { uid: `${b.id}@booking-widget`, start, end, summary: what || i18n.t('confirmed_heading'), description: info?.description, location: info?.where };
  const avatar = m.config.value.ui.avatar;
  return (
    <section class="bw-done" part="confirmation" aria-labelledby="bw-done-h">
      <h2 id="bw-done-h" ref={ref} tabIndex={-1}>
        {i18n.t(resched ? 'rescheduled_heading' : awaiting ? 'awaiting_heading' : pending ? 'payment_heading' : 'confirmed_heading')}
      </h2>
      <PaymentStatus booking={b} />
      {awaiting && <p class="bw-awaiting">{i18n.t('awaiting_confirmation')}</p>}
      <p>{resched ? i18n.t('reschedule_success_message') : i18n.t('success_message', { email })}</p>
      <dl>
        {what && (
          <>
            <dt>{i18n.t('label_what')}</dt>
            <dd>{what}</dd>
          </>
        )}
        <dt>{i18n.t('label_when')}</dt>
        <dd>
          {i18n.formatDate(new Date(start), zone, 'full')}, {labelTimeRange(i18n, start, end, zone)} ({zoneLabel(zone, new Date(start), i18n.locale)})
        </dd>
        {slot?.group && where && (
          <>
            <dt>{i18n.t('label_where')}</dt>
            <dd>{where}</dd>
          </>
        )}
        {seats > 0 && (
          <>
            <dt>{i18n.t('seats_label')}</dt>
            <dd>{i18n.t('seats_count', { count: seats })}</dd>
          </>
        )}
        {who && (
          <>
            <dt>{i18n.t('label_with')}</dt>
            <dd class="bw-who">
              {avatar && <img src={avatar} alt="" width={24} height={24} />}
              {who}
            </dd>
          </>
        )}
      </dl>
      <p class="bw-export">
        <a href={icsDataUrl(buildIcs(event, new Date(b.created_at ?? start)))} download="booking.ics">
          {i18n.t('download_ics')}
        </a>
        <a href={googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
          {i18n.t('google_calendar')}
        </a>
      </p>
      {m.config.value.allow_resubmission !== false && !resched && (
        <button type="button" class="bw-btn bw-secondary" onClick={() => m.bookAnother()}>
          {i18n.t('book_another')}
        </button>
      )}
    </section>
  );
}
