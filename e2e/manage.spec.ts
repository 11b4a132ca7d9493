import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations, tabNext, tabTo } from './a11y-helpers';
import { dayFor, demoEnv, fetchBooking, fillAndSubmit, openDay } from './widget-helpers';

const DOC = '11111111-1111-4111-8111-111111111111';
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`:${key}`).toString('base64')}` });

/** Doc Brown's free 30-minute starts (epoch ms) as the API offers them now. */
async function freeStarts(page: Page): Promise<Set<number>> {
  const env = await demoEnv(page);
  const res = await page.request.post(`${env.apiBaseUrl}v2/availability`, {
    headers: basic(env.widgetKey),
    data: { resources: [DOC], mode: 'roundrobin_random', length: '30 minutes', output_timezone: 'UTC' },
  });
  expect(res.status()).toBe(200);
  return new Set(((await res.json()).data as Array<{ start: string }>).map((s) => Date.parse(s.start)));
}

/** The start (epoch ms) of a booking, read with the app key. */
async function startOf(page: Page, id: string): Promise<number> {
  const b = (await fetchBooking(page, id)) as unknown as { attributes: { event_info: { start: string } } };
  return Date.parse(b.attributes.event_info.start);
}

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const heading = (widget: Locator, name: string | RegExp) => widget.getByRole('heading', { level: 2, name });

test('book, follow the manage link, reschedule to another day, then cancel: both times free again', async ({ page }, testInfo) => {
  test.slow(); // a whole booking's life, with axe on five screens
  await page.goto('/manage.html');
  const widget = page.locator('#widget');
  const n = dayFor(testInfo, 4);
  await (await openDay(widget, n)).click();
  // An address of its own: the run's other bookings (hundreds, paginated) never hide this one's.
  await fillAndSubmit(widget, 'Marty McFly', 'manage-reschedule@example.com');
  await expect(heading(widget, /booked|confirmed/i)).toBeVisible();
  const change = widget.getByRole('group', { name: 'Need to change it?' });
  await expect(change.getByRole('link', { name: 'Cancel booking' })).toHaveAttribute(
    'href',
    /^\/manage\.html\?booking_id=[^&]+&signature=/,
  );
  await change.getByRole('link', { name: 'Reschedule' }).click();

  // The manage screen of that booking.
  await expect(heading(widget, 'Your booking')).toBeVisible();
  const firstId = new URL(page.url()).searchParams.get('booking_id')!;
  const oldStart = await startOf(page, firstId);
  await expect(widget.locator('dd', { hasText: 'Confirmed' })).toBeVisible();
  await expectAxeClean(page);

  // Reschedule to another day, keyboard only for the confirmation.
  await widget.getByRole('button', { name: 'Reschedule' }).click();
  await expect(widget.getByRole('button', { name: 'Keep the current time' })).toBeVisible();
  await (await openDay(widget, n + 3)).click();
  await expect(heading(widget, 'Move your booking to this time?')).toBeFocused();
  await expect(widget.locator('dt', { hasText: 'Current time' })).toBeVisible();
  await expect(widget.locator('dt', { hasText: 'New time' })).toBeVisible();
  await expectAxeClean(page);
  await widget.getByRole('button', { name: 'Confirm the new time' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Your booking has moved')).toBeFocused();
  // The time it moved from is named as the previous one (a strike-through alone is not read out).
  await expect(widget.getByText(/^Previous time:/)).toBeVisible();
  await expectAxeClean(page);

  // The old booking is rescheduled; the old time is free again, the new one taken.
  expect((await fetchBooking(page, firstId)).state).toBe('rescheduled_by_customer');
  const env = await demoEnv(page);
  const links = await page.request.get(
    `${env.apiBaseUrl}v2/bookings?search=${encodeURIComponent('customer.email:manage-reschedule@example.com')}&include=action_links`,
    { headers: basic(env.appKey) },
  );
  expect(links.status()).toBe(200);
  let free = await freeStarts(page);
  expect(free.has(oldStart)).toBe(true);
  const moved = (await links.json()).data as Array<{
    id: string;
    meta?: { rescheduled_from?: string };
    attributes: { event_info: { start: string } };
  }>;
  const newBooking = moved.find((b) => b.meta?.rescheduled_from === firstId);
  expect(newBooking, 'the new booking, rescheduled from the first').toBeTruthy();
  const newStart = Date.parse(newBooking!.attributes.event_info.start);
  expect(newStart).not.toBe(oldStart);
  expect(free.has(newStart)).toBe(false);

  // Cancel the moved booking, with a reason, after the confirmation step.
  await widget.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(heading(widget, 'Cancel this booking?')).toBeFocused();
  await expectAxeClean(page);
  // "Keep my booking" returns to the booking.
  await widget.getByRole('button', { name: 'Keep my booking' }).click();
  await expect(heading(widget, 'Your booking')).toBeFocused();
  await widget.getByRole('button', { name: 'Cancel booking' }).click();
  await widget.getByRole('textbox', { name: 'Reason (optional)' }).fill('Plans changed');
  await widget.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(heading(widget, 'Your booking is cancelled')).toBeFocused();
  await expect(widget.locator('dd', { hasText: 'Cancelled' })).toBeVisible();
  await expectAxeClean(page);
  free = await freeStarts(page);
  expect(free.has(oldStart)).toBe(true);
  expect(free.has(newStart)).toBe(true);

  // Opened again, the link says the booking can no longer be changed, and is not a dead end.
  await page.reload();
  await expect(widget.getByRole('heading', { name: 'Your booking' })).toBeVisible();
  await expect(widget.getByText('can no longer be changed', { exact: false })).toBeVisible();
  // The calendar offers the freed times again.
  await widget.getByRole('button', { name: 'Book a new time' }).click();
  await expect(widget.getByRole('grid')).toBeVisible();
});

test('an invalid or expired link says so in plain words', async ({ page }) => {
  await page.goto('/manage.html?booking_id=nope&signature=junk');
  const widget = page.locator('#widget');
  await expect(heading(widget, 'This link can not be used')).toBeVisible();
  await expect(widget.getByRole('region', { name: 'This link can not be used' })).toContainText(
    'This link is not valid. Please use the latest link from your confirmation.',
  );
  await expect(widget.getByRole('region', { name: 'This link can not be used' }).getByRole('button')).toHaveCount(0);
  await expectAxeClean(page);
});

/** A seat of the first group session with seats left, booked by API with its links. */
async function bookSeat(request: APIRequestContext, page: Page) {
  const env = await demoEnv(page);
  const sessions = (await (await request.get(`${env.apiBaseUrl}v2/bookings/groups`, { headers: basic(env.widgetKey) })).json())
    .data as Array<{
    id: string;
    resource: { id: string };
    attributes: { event_info: { start: string; end: string }; group_booking: { max_seats: number; current_seats: number } };
  }>;
  const s = sessions.find((x) => x.attributes.group_booking.current_seats + 2 <= x.attributes.group_booking.max_seats)!;
  expect(s, 'a session with two seats left').toBeTruthy();
  const res = await request.post(`${env.apiBaseUrl}v2/bookings?include=action_links`, {
    headers: basic(env.widgetKey),
    data: {
      graph: 'group_customer',
      start: s.attributes.event_info.start,
      end: s.attributes.event_info.end,
      resource_id: s.resource.id,
      what: 'Seat',
      where: 'Online',
      customer: { name: 'Marty McFly', email: 'marty@example.com', timezone: 'UTC' },
      related: { owner_booking_id: s.id, seats: 2 },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const seat = (await res.json()).data as { action_links: { manage: string } };
  const seatsOf = async () =>
    (
      (await (await request.get(`${env.apiBaseUrl}v2/bookings/groups`, { headers: basic(env.widgetKey) })).json()).data as typeof sessions
    ).find((x) => x.id === s.id)!.attributes.group_booking.current_seats;
  return { link: new URL(seat.action_links.manage), seatsOf };
}

test('a group seat given back raises the seats left', async ({ page, request }) => {
  await page.goto('/manage.html');
  const { link, seatsOf } = await bookSeat(request, page);
  const before = await seatsOf();
  const id = link.pathname.split('/')[3];
  await page.goto(`/manage.html?booking_id=${encodeURIComponent(id)}&signature=${encodeURIComponent(link.searchParams.get('signature')!)}`);
  const widget = page.locator('#widget');
  await expect(heading(widget, 'Your booking')).toBeVisible();
  await expect(widget.locator('dd', { hasText: '2 seats' })).toBeVisible();
  // A seat can be given back, not moved.
  await expect(widget.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);
  await expectAxeClean(page);
  await widget.getByRole('button', { name: 'Cancel booking' }).click();
  await widget.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(heading(widget, 'Your booking is cancelled')).toBeVisible();
  expect(await seatsOf()).toBe(before - 2);
});

test('with ui.manage_url the calendar buttons and the .ics carry the booking’s full manage link', async ({ page }, testInfo) => {
  await page.goto('/manage.html');
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 6))).click();
  await fillAndSubmit(widget, 'Marty McFly', 'manage-calendar@example.com');
  await expect(heading(widget, /booked|confirmed/i)).toBeVisible();
  const href = await widget
    .getByRole('group', { name: 'Need to change it?' })
    .getByRole('link', { name: 'Cancel booking' })
    .getAttribute('href');
  // The calendar entries are read away from this page: they carry the absolute address.
  const manage = new URL(href!, page.url()).href;
  expect(manage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/manage\.html\?booking_id=[^&]+&signature=\w+/);
  const add = widget.getByRole('group', { name: 'Add to calendar' });
  for (const name of ['Google', 'Outlook.com', 'Office 365']) {
    const link = new URL((await add.getByRole('link', { name }).getAttribute('href'))!);
    const text = [...link.searchParams.values()].join('\n');
    expect(text, name).toContain(`Reschedule or cancel: ${manage}`);
  }
  const ics = (await add.getByRole('link', { name: 'Apple (.ics)' }).getAttribute('href'))!;
  // RFC 5545: lines fold at 75 octets (CRLF and one space), so unfold before reading.
  const body = decodeURIComponent(ics.slice(ics.indexOf(',') + 1)).replace(/\r\n[ \t]/g, '');
  expect(body).toMatch(/^DESCRIPTION:.*Reschedule or cancel: /m);
  expect(body).toContain(manage);
});

test('keyboard only: open the manage link, reschedule and cancel without the mouse', async ({ page }) => {
  test.slow();
  // A booking made by API with its links, at one of Doc Brown's free times late in the window.
  await page.goto('/manage.html');
  const env = await demoEnv(page);
  const starts = [...(await freeStarts(page))].sort((a, b) => a - b);
  const start = starts[Math.floor(starts.length * 0.8)];
  const res = await page.request.post(`${env.apiBaseUrl}v2/bookings?include=action_links`, {
    headers: basic(env.widgetKey),
    data: {
      graph: 'instant',
      resource_id: DOC,
      start: new Date(start).toISOString(),
      end: new Date(start + 30 * 60_000).toISOString(),
      what: 'Meeting with Doc Brown',
      where: 'Hill Valley',
      customer: { name: 'George McFly', email: 'manage-keyboard@example.com', timezone: 'UTC' },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const link = new URL(((await res.json()).data as { action_links: { manage: string } }).action_links.manage);
  const id = link.pathname.split('/')[3];
  await page.goto(`/manage.html?booking_id=${encodeURIComponent(id)}&signature=${encodeURIComponent(link.searchParams.get('signature')!)}`);
  const widget = page.locator('#widget');
  await expect(heading(widget, 'Your booking')).toBeVisible();

  // Reschedule: Tab to the button, then the calendar by arrows, a time by Tab, and confirm.
  await tabTo(page, widget.getByRole('button', { name: 'Reschedule' }));
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('button', { name: 'Keep the current time' })).toBeVisible();
  const day = widget.locator('[role=gridcell] button[tabindex="0"]');
  await tabTo(page, day);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('ArrowRight');
    if (await day.evaluate((el) => el.classList.contains('bw-open'))) break;
  }
  await expect(day).toHaveClass(/bw-open/);
  await page.keyboard.press('Enter');
  await tabTo(
    page,
    widget
      .getByRole('region', { name: /^Times on/ })
      .getByRole('button')
      .first(),
  );
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Move your booking to this time?')).toBeFocused();
  await tabTo(page, widget.getByRole('button', { name: 'Confirm the new time' }));
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Your booking has moved')).toBeFocused();
  expect((await fetchBooking(page, id)).state).toBe('rescheduled_by_customer');

  // Cancel: Tab to the button, a reason typed, "Yes, cancel it".
  await tabTo(page, widget.getByRole('button', { name: 'Cancel booking' }));
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Cancel this booking?')).toBeFocused();
  await tabNext(page, widget.getByRole('textbox', { name: 'Reason (optional)' }));
  await page.keyboard.type('Plans changed');
  await tabNext(page, widget.getByRole('button', { name: 'Yes, cancel it' }));
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Your booking is cancelled')).toBeFocused();
  await expect(widget.locator('dd', { hasText: 'Cancelled' })).toBeVisible();
});
