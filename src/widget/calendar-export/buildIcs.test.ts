import { describe, expect, it } from 'vitest';
import { buildIcs, googleCalendarUrl, icsDataUrl, icsDate, icsEscape, icsFold, outlookCalendarUrl } from './buildIcs';

const event = {
  uid: 'b1@x',
  start: '2026-11-24T15:00:00+01:00',
  end: '2026-11-24T15:30:00+01:00',
  summary: 'Meet; Doc, Brown',
  description: 'Line 1\nLine 2 \\ end',
  location: 'Clock tower',
};

describe('ics', () => {
  it.each([
    ['a;b,c', 'a\\;b\\,c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
  ])('escapes %j', (input, out) => expect(icsEscape(input)).toBe(out));

  it('dates in UTC basic form', () => expect(icsDate('2026-11-24T15:00:00+01:00')).toBe('20261124T140000Z'));

  it('folds at 75 octets without splitting characters', () => {
    const line = 'DESCRIPTION:' + 'é'.repeat(60);
    const folded = icsFold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('builds one VEVENT with CRLF lines', () => {
    const ics = buildIcs(event, new Date('2026-11-20T10:00:00Z'));
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//booking-widget//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:b1@x',
      'DTSTAMP:20261120T100000Z',
      'DTSTART:20261124T140000Z',
      'DTEND:20261124T143000Z',
      'SUMMARY:Meet\\; Doc\\, Brown',
      'DESCRIPTION:Line 1\\nLine 2 \\\\ end',
      'LOCATION:Clock tower',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(decodeURIComponent(icsDataUrl(ics).split(',').slice(1).join(','))).toBe(ics);
  });

  it('links to Google Calendar', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Meet; Doc, Brown',
      dates: '20261124T140000Z/20261124T143000Z',
      details: 'Line 1\nLine 2 \\ end',
      location: 'Clock tower',
    });
  });

  it('builds Outlook.com and Office 365 compose links with UTC instants', () => {
    const ev = {
      uid: 'b1',
      start: '2026-11-24T15:00:00+01:00',
      end: '2026-11-24T15:30:00+01:00',
      summary: 'Meet Doc Brown',
      location: 'Clock tower',
    };
    const live = new URL(outlookCalendarUrl(ev, 'live'));
    expect(live.origin).toBe('https://outlook.live.com');
    expect(Object.fromEntries(live.searchParams)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Meet Doc Brown',
      startdt: '2026-11-24T14:00:00Z',
      enddt: '2026-11-24T14:30:00Z',
      location: 'Clock tower',
    });
    expect(new URL(outlookCalendarUrl(ev, 'office')).origin).toBe('https://outlook.office.com');
  });
});
