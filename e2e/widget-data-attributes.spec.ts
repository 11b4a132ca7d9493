import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { dayFor, fetchBooking, fetchDemoEnv, fillAndSubmit, openDay } from './widget-helpers';

test('data attributes: one script tag, book a time end to end @phone', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1'].includes(url.hostname)) foreign.push(r.url());
  });
  await page.addInitScript(() =>
    document.addEventListener(
      'booking:created',
      (e) => ((window as unknown as { created: unknown }).created = (e as CustomEvent).detail.data),
    ),
  );
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  const slot = await openDay(widget, dayFor(testInfo, 3));
  const label = await slot.getAttribute('aria-label');
  await slot.click();
  await expect(widget.getByRole('heading', { name: /^Book / })).toBeFocused();
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('textbox', { name: /Name/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.getByRole('textbox', { name: /Name/ })).toBeFocused();
  await widget.getByRole('textbox', { name: /Phone/ }).fill('+1 555 0100');
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeFocused();
  await expect(widget).toContainText('sent a confirmation to marty@example.com');
  await expect(widget.getByRole('status')).toHaveText('You are booked');
  const { id } = await page.evaluate(() => (window as unknown as { created: { id: string } }).created);
  const booking = await fetchBooking(page, id);
  expect(booking.state).toBe('confirmed');
  expect(booking.customers[0].email).toBe('marty@example.com');
  expect(label).toMatch(/^\d{1,2}:\d{2} [AP]M, \w+day, \w+ \d{1,2}, 20\d\d$/);
  await expect(widget.getByRole('link', { name: 'Apple (.ics)' })).toHaveAttribute('href', /^data:text\/calendar/);
  await expect(widget.getByRole('link', { name: 'Office 365' })).toHaveAttribute('href', /^https:\/\/outlook\.office\.com\//);
  // The visitor's side: the host's name, never the visitor's own.
  await expect(widget.locator('dd').first()).toHaveText('Meeting with Doc Brown');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('booked.png'), fullPage: true });
});

test('the calendar works from the keyboard', async ({ page }) => {
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  const grid = widget.getByRole('grid');
  await expect(grid).toBeVisible();
  const focusable = grid.locator('button[tabindex="0"]');
  await focusable.focus();
  const start = await focusable.getAttribute('data-day');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const moved = await grid.locator('button[tabindex="0"]').getAttribute('data-day');
  expect(Date.parse(moved!) - Date.parse(start!)).toBe(8 * 86_400_000);
  await expect(grid.locator(`button[data-day="${moved}"]`)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(widget.getByRole('grid')).toHaveAccessibleName(/\w+ 20\d\d/);
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect(widget.locator('button[tabindex="0"][data-day]')).toBeFocused();
});

test('no serious accessibility violations in the calendar and the form', async ({ page }) => {
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await expect(widget.getByRole('grid')).toBeVisible();
  const scan = async () =>
    (await new AxeBuilder({ page }).include('#widget').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await scan()).toEqual([]);
  await widget
    .getByRole('region', { name: /^Times on/ })
    .getByRole('button')
    .first()
    .click();
  await widget.getByRole('button', { name: 'Book it' }).click();
  expect(await scan()).toEqual([]);
});

test('an async script in <head> mounts an element parsed after it ran (on DOMContentLoaded)', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { apiBaseUrl, widgetKey } = await fetchDemoEnv(page);
  // A page Playwright answers has no address of its own: Chromium lets it reach the API on loopback only with this.
  await page.context().grantPermissions(['local-network-access']);
  await page.route('**/async-head.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Book</title><script async src="/dist/booking.js"></script></head>
<body><h1>Book</h1><script src="/held-parser.js"></script>
<div id="widget" data-booking-widget data-app-key="${widgetKey}" data-api-base-url="${apiBaseUrl}"
     data-resources="11111111-1111-4111-8111-111111111111" data-length="30 minutes"></div></body></html>`,
    }),
  );
  // The parser waits on this script until booking.js has run, so the element is not there yet when it does.
  await page.route('**/held-parser.js', async (route) => {
    await page.waitForFunction(() => typeof (window as unknown as { TimekitBooking?: unknown }).TimekitBooking === 'function');
    await route.fulfill({
      contentType: 'text/javascript',
      body: `window.ranBeforeElement = typeof TimekitBooking === 'function' && !document.getElementById('widget');`,
    });
  });
  await page.goto('/async-head.html');
  expect(await page.evaluate(() => (window as unknown as { ranBeforeElement: boolean }).ranBeforeElement)).toBe(true);
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 3))).click();
  await expect(widget.getByRole('heading', { name: /^Book / })).toBeFocused();
  expect(await page.locator('[data-booking-widget]').evaluateAll((els) => els.map((e) => !!e.shadowRoot))).toEqual([true]);
  expect(errors).toEqual([]);
});
