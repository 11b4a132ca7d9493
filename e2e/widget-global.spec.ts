import { expect, test } from './fixtures';
import { dayFor, fetchBooking, fillAndSubmit, openDay } from './widget-helpers';

test('Booking.js v3 global: init with a project, callbacks, awaiting confirmation @phone', async ({ page }, testInfo) => {
  await page.goto('/global.html');
  const widget = page.locator('#bookingjs');
  await expect(page.locator('#log')).toContainText('renderCompleted');
  // The project asks for the week view (Booking.js agendaWeek): switch nothing, book from it.
  // The week shows as a grid or (narrow) as a list of days: only one of them is visible.
  const slots = widget.locator('.bw-slot:visible');
  await expect(slots.first()).toBeVisible();
  const slot = slots.nth(Math.min(dayFor(testInfo, 1), (await slots.count()) - 1));
  await slot.click();
  await expect(page.locator('#log')).toContainText('showBookingPage');
  await expect(widget).toContainText('with Lorraine Baines');
  await fillAndSubmit(widget, 'Lorraine Baines', 'lorraine@example.com');
  await expect(widget.getByRole('heading', { name: 'Request sent' })).toBeVisible();
  await expect(widget).toContainText('Awaiting confirmation');
  await expect(page.locator('#log')).toContainText('createBookingSuccessful');
  const id = await page.evaluate(() =>
    (window as unknown as { widget: { getConfig(): { get(k: string): unknown } } }).widget.getConfig().get('project_id'),
  );
  expect(id).toBe('aaaaaaaa-0000-4000-8000-000000000002');
  const version = await page.evaluate(() => (window as unknown as { widget: { getVersion(): string } }).widget.getVersion());
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('Booking.js v3 autoload from window.timekitBookingConfig', async ({ page }, testInfo) => {
  await page.goto('/autoload.html');
  const widget = page.locator('#bookingjs');
  const slot = await openDay(widget, dayFor(testInfo, 5));
  await slot.click();
  await fillAndSubmit(widget, 'Biff Tannen', 'biff@example.com');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(widget).toContainText('Meet Doc Brown');
});

test('custom element <booking-widget> renders and books', async ({ page }, testInfo) => {
  await page.addInitScript(() =>
    document.addEventListener(
      'booking:created',
      (e) => ((window as unknown as { created: string }).created = (e as CustomEvent).detail.data.id),
    ),
  );
  await page.goto('/custom-element.html');
  const widget = page.locator('booking-widget');
  await (await openDay(widget, dayFor(testInfo, 7))).click();
  await fillAndSubmit(widget, 'George McFly', 'george@example.com');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  const id = await page.evaluate(() => (window as unknown as { created: string }).created);
  expect((await fetchBooking(page, id)).state).toBe('confirmed');
});
