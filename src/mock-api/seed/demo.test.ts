import { describe, expect, it } from 'vitest';
import { FakeClock } from '../domain/clock';
import { currentSeats } from '../domain/seats';
import { DEMO, createMockApi } from '../index';
import { nextWeekdays } from './demoBookings';

describe('demo seed', () => {
  it.each([
    ['2026-03-06T20:00:00Z', 'America/Los_Angeles', ['2026-03-09', '2026-03-10', '2026-03-11']], // Friday noon in LA
    ['2026-03-07T09:00:00Z', 'Australia/Sydney', ['2026-03-09', '2026-03-10', '2026-03-11']], // Saturday evening in Sydney
    ['2026-03-08T23:30:00Z', 'Australia/Sydney', ['2026-03-10', '2026-03-11', '2026-03-12']], // already Monday in Sydney
  ])('next weekdays after %s in %s', (now, zone, days) => expect(nextWeekdays(Date.parse(now), zone, 3)).toEqual(days));

  it('builds the fixed ids, sessions and taken slots relative to the clock', () => {
    const { store, keys } = createMockApi({ clock: new FakeClock(Date.parse('2026-03-06T20:00:00Z')) });
    expect(keys).toEqual({ appKey: 'test_api_key_demo', widgetKey: 'test_widget_key_demo' });
    expect([...store.resources.keys()]).toEqual(Object.values(DEMO.resources));
    expect([...store.projects.values()].map((p) => [p.id, p.slug, p.booking.graph])).toEqual([
      [DEMO.projects.oneToOne, 'doc-brown', 'instant'],
      [DEMO.projects.confirmDecline, 'consultation', 'confirm_decline'],
      [DEMO.projects.roundRobin, 'team', 'instant'],
      [DEMO.projects.webinar, 'flux-webinar', 'group_customer'],
      [DEMO.projects.paidWebinar, 'paid-workshop', 'group_customer_payment'],
      [DEMO.projects.paidMeeting, 'paid-meeting', 'instant_payment'],
    ]);
    const owners = [...store.bookings.values()].filter((b) => b.graph === 'group_owner' && b.project_id === DEMO.projects.webinar);
    // 10:00 in Los Angeles, after the US DST change on Sunday 8 March: PDT, so 17:00 UTC.
    expect(owners.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-03-09T17:00:00.000Z',
      '2026-03-10T17:00:00.000Z',
      '2026-03-11T17:00:00.000Z',
      '2026-03-12T17:00:00.000Z',
      '2026-03-13T17:00:00.000Z',
      '2026-03-16T17:00:00.000Z',
    ]);
    expect(owners.map((o) => currentSeats(store, o.id))).toEqual([17, 20, 0, 0, 0, 0]);
    const confirmed = [...store.bookings.values()].filter((b) => b.state === 'confirmed' && !b.owner_booking_id);
    expect(confirmed.length).toBeGreaterThanOrEqual(5);
  });
});
