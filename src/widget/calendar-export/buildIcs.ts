/** An event to export. Times are instants (ISO strings with offset). */
export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
}

/** `20261124T140000Z` (UTC basic format, RFC 5545 DATE-TIME form 2). */
export function icsDate(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function icsEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function icsFold(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/**
 * An iCalendar file with one VEVENT, CRLF line ends, escaped and folded. `now` stamps DTSTAMP. Pure.
 * @example buildIcs({ uid: 'b1', start, end, summary: 'Meeting' }, new Date())
 */
export function buildIcs(event: CalendarEvent, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//booking-widget//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsEscape(event.uid)}`,
    `DTSTAMP:${icsDate(now.toISOString())}`,
    `DTSTART:${icsDate(event.start)}`,
    `DTEND:${icsDate(event.end)}`,
    `SUMMARY:${icsEscape(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${icsEscape(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${icsEscape(event.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(icsFold).join('\r\n') + '\r\n';
}

/** A `data:` URL of the file, for an `<a download>` (no request, no blob to revoke). */
export function icsDataUrl(ics: string): string {
  return 'data:text/calendar;charset=utf-8,' + encodeURIComponent(ics);
}

/**
 * A Google Calendar "add event" link.
 * @example googleCalendarUrl({ uid: 'b1', start, end, summary: 'Meeting' })
 */
export function googleCalendarUrl(event: CalendarEvent): string {
  const q = new URLSearchParams({ action: 'TEMPLATE', text: event.summary, dates: `${icsDate(event.start)}/${icsDate(event.end)}` });
  if (event.description) q.set('details', event.description);
  if (event.location) q.set('location', event.location);
  return 'https://calendar.google.com/calendar/render?' + q.toString();
}

/**
 * An Outlook "add event" link: `live` for Outlook.com (personal accounts), `office` for Office 365
 * (work and school accounts). Times as UTC ISO instants.
 * @example outlookCalendarUrl({ uid: 'b1', start, end, summary: 'Meeting' }, 'office')
 */
export function outlookCalendarUrl(event: CalendarEvent, host: 'live' | 'office'): string {
  const iso = (s: string) => new Date(s).toISOString().replace(/\.\d{3}/, '');
  const q = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.summary,
    startdt: iso(event.start),
    enddt: iso(event.end),
  });
  if (event.description) q.set('body', event.description);
  if (event.location) q.set('location', event.location);
  return `https://outlook.${host === 'live' ? 'live' : 'office'}.com/calendar/0/deeplink/compose?${q.toString()}`;
}
