import { buildIcs, googleCalendarUrl, icsDataUrl, outlookCalendarUrl, type CalendarEvent } from '../calendar-export/buildIcs';
import { labelHosts } from '../labels/labelHosts';
import { labelTimeRange } from '../labels/labelTimeRange';
import { zoneLabel } from '../i18n/timezones';
import { awaitsConfirmation } from '../../wire/index';
import { confirmationHeading } from '../model/confirmationHeading';
import { manageHref } from '../model/createManage';
import { paymentStatus } from '../model/payment';
import { useModel, useStepFocus } from './context';
import { PaymentStatus } from './PaymentStatus';

/**
 * The booking from the visitor's side: a success mark (or, while the host must confirm or the
 * payment is open, a waiting mark and what happens next, never "a confirmation was sent"), what,
 * when (the visitor's zone, once), with whom (the host) and where; "Add to calendar" buttons for
 * Google, Outlook.com, Office 365 and Apple (.ics); book another.
 */
export function Confirmation() {
  const m = useModel();
  const i18n = m.i18n.value;
  const ref = useStepFocus<HTMLHeadingElement>();
  const c = m.config.value;
  const b = m.booking.value!;
  const slot = m.selectedSlot.value;
  const zone = m.timeZone.value;
  const info = b.attributes?.event_info;
  const start = info?.start ?? slot?.start ?? '';
  const end = info?.end ?? slot?.end ?? '';
  // The host, or every host of a mutual time, joined in the visitor's language (Intl.ListFormat).
  const who =
    (slot && slot.resources.length > 1 ? labelHosts(slot.resources, i18n.locale) : (b.resource?.name ?? slot?.resources[0]?.name)) ||
    c.ui.display_name;
  // The title the visitor knows: the event's own, never the booking's default "Meeting with <visitor>".
  const what = c.booking.what || slot?.group?.what || (who ? i18n.t('default_what', { name: who }) : i18n.t('default_what_plain'));
  const where = c.booking.where || slot?.group?.where || (info?.where !== 'TBD' ? info?.where : '');
  const email = String(m.values.value.email ?? b.customers?.[0]?.email ?? '');
  const awaiting = awaitsConfirmation(b);
  const paying = paymentStatus(b);
  const pending = paying === 'pending';
  const seats = slot?.group ? (b.related?.seats ?? m.seats.value) : 0;
  const resched = m.rescheduleMode.value;
  // The manage page (ui.manage_url) with this booking's signed link: offered here and in the calendar entries.
  const manage = manageHref(c.ui.manage_url, b, c.manage?.url_params);
  // A calendar entry is read away from this page: its note carries the manage page's full address.
  const note = manage && i18n.t('manage_calendar_note', { url: absoluteUrl(manage) });
  const description = [c.booking.description, note].filter(Boolean).join('\n\n') || undefined;
  const event: CalendarEvent = { uid: `${b.id}@booking-widget`, start, end, summary: what, description, location: where || undefined };
  const avatar = c.ui.avatar;
  const wait = awaiting || pending || paying === 'expired';
  const row = (label: string, value: unknown) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <section class="bw-done" part="confirmation" aria-labelledby="bw-done-h">
      <span class={wait ? 'bw-mark bw-wait' : 'bw-mark'} aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28">
          <path d={wait ? 'M12 6v6l4 2' : 'm6 12.5 4 4 8-9'} />
        </svg>
      </span>
      <h2 id="bw-done-h" ref={ref} tabIndex={-1}>
        {i18n.t(confirmationHeading(b, resched))}
      </h2>
      <PaymentStatus booking={b} />
      {paying !== 'expired' && (
        <p class="bw-lead">
          {i18n.t(
            resched ? 'reschedule_success_message' : awaiting ? 'awaiting_confirmation' : pending ? 'payment_next' : 'success_message',
            { email },
          )}
        </p>
      )}
      <dl>
        {row(i18n.t('label_what'), what)}
        {row(
          i18n.t('label_when'),
          <>
            {i18n.formatDate(new Date(start), zone, 'full')}
            <br />
            {labelTimeRange(i18n, start, end, zone)}
            <br />
            <span class="bw-zone">{zoneLabel(zone, new Date(start), i18n.locale)}</span>
          </>,
        )}
        {row(
          i18n.t('label_with'),
          who && (
            <span class="bw-who">
              {avatar && <img src={avatar} alt="" width={24} height={24} />}
              {who}
            </span>
          ),
        )}
        {row(i18n.t('label_where'), where)}
        {seats > 0 && row(i18n.t('seats_label'), i18n.t('seats_count', { count: seats }))}
      </dl>
      {!wait && (
        <div class="bw-export" role="group" aria-labelledby="bw-add-h">
          <h3 id="bw-add-h">{i18n.t('add_to_calendar')}</h3>
          <a class="bw-btn bw-secondary" href={googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
            Google
          </a>
          <a class="bw-btn bw-secondary" href={outlookCalendarUrl(event, 'live')} target="_blank" rel="noopener noreferrer">
            Outlook.com
          </a>
          <a class="bw-btn bw-secondary" href={outlookCalendarUrl(event, 'office')} target="_blank" rel="noopener noreferrer">
            Office 365
          </a>
          <a class="bw-btn bw-secondary" href={icsDataUrl(buildIcs(event, new Date(b.created_at ?? start)))} download="booking.ics">
            {i18n.t('apple_ics')}
          </a>
        </div>
      )}
      {manage && (
        <div class="bw-export" role="group" aria-labelledby="bw-change-h">
          <h3 id="bw-change-h">{i18n.t('manage_change')}</h3>
          {!seats && (
            <a class="bw-btn bw-secondary" href={manage}>
              {i18n.t('manage_reschedule')}
            </a>
          )}
          <a class="bw-btn bw-secondary" href={manage}>
            {i18n.t('manage_cancel')}
          </a>
        </div>
      )}
      {c.allow_resubmission !== false && !resched && paying !== 'expired' && (
        <button type="button" class="bw-btn bw-secondary" onClick={() => m.bookAnother()}>
          {i18n.t('book_another')}
        </button>
      )}
    </section>
  );
}

/** `href` resolved against the page's address (as it is when there is no page, or it does not parse). */
function absoluteUrl(href: string): string {
  try {
    return new URL(href, globalThis.location?.href).href;
  } catch {
    return href;
  }
}
