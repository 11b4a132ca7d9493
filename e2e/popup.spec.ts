import { expect, test } from './fixtures';
import { axeViolations } from './a11y-helpers';

const events = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { popupEvents?: string[] }).popupEvents ?? []);

test('a popup opened and closed by keyboard alone: focus moves in, stays, returns; page inert and still; axe clean', async ({ page }) => {
  await page.goto('/popup.html');
  const trigger = page.locator('#open');
  await trigger.focus(); // focus alone prepares the popup: its times load before it opens
  await expect.poll(() => page.locator('[data-booking-popup-host]').count()).toBe(2); // and the preloaded link's
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Doc Brown' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('grid')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
  // Tab never reaches the page behind (it is inert): focus is in the dialog, or, as native modal
  // dialogs allow, passes through the browser's own controls (the document's body, for the page).
  const inDialog: boolean[] = [];
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement?.matches('[data-booking-popup-host]')
        ? 'dialog'
        : document.activeElement === document.body
          ? 'browser'
          : document.activeElement?.outerHTML.slice(0, 80),
    );
    expect(['dialog', 'browser']).toContain(where);
    inDialog.push(where === 'dialog');
  }
  expect(inDialog.filter(Boolean).length).toBeGreaterThan(10);
  await dialog.getByRole('button', { name: 'Close' }).focus();
  expect(await axeViolations(page, '[data-booking-popup-host]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('visible');
  await expect.poll(() => events(page)).toEqual(['booking:popup-opened:open', 'booking:popup-closed:open']);
  // Space opens it again; the close button closes it.
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter'); // on the focused close button
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("the dialog and its close button speak the widget's language, right to left in Arabic", async ({ page }) => {
  await page.goto('/popup.html');
  await page.locator('#open').evaluate((el) => el.setAttribute('data-locale', 'ar'));
  await page.locator('#open').click();
  const close = page.getByRole('button', { name: 'إغلاق' });
  await expect(close).toBeFocused();
  const dialog = page.locator('[data-booking-popup-host]').locator('dialog[open]');
  await expect(dialog).toHaveAttribute('lang', 'ar');
  await expect(dialog).toHaveAttribute('dir', 'rtl');
});

test('a link trigger with data-booking-preload has its times before it is clicked; JS openPopup returns a handle', async ({ page }) => {
  const availability: string[] = [];
  page.on('request', (r) => r.url().endsWith('/v2/availability') && availability.push(r.url()));
  await page.goto('/popup.html');
  await expect.poll(() => availability.length).toBeGreaterThanOrEqual(1); // preloaded, nothing clicked
  await page.locator('#open-link').click();
  await expect(page).toHaveURL(/popup\.html$/); // the link opened the popup instead of navigating
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('grid')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.evaluate(() => {
    const env = (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV;
    const T = (window as unknown as { TimekitBooking: { openPopup(c: object): { close(): void } } }).TimekitBooking;
    (window as unknown as { handle: { close(): void } }).handle = T.openPopup({
      app_key: env.widgetKey,
      api_base_url: env.apiBaseUrl,
      project_slug: 'doc-brown',
    });
  });
  await expect(dialog.getByRole('grid')).toBeVisible();
  await page.evaluate(() => (window as unknown as { handle: { close(): void } }).handle.close());
  await expect(dialog).toBeHidden();
});

test('the floating button sits in its corner, named, in the brand colour, and opens the popup @phone', async ({ page }, testInfo) => {
  await page.goto('/popup.html');
  const fab = page.getByRole('button', { name: 'Book a call' });
  await expect(fab).toBeVisible();
  await expect(fab).toHaveCSS('background-color', 'rgb(11, 122, 83)');
  const box = (await fab.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(viewport.width - (box.x + box.width)).toBeLessThanOrEqual(24);
  expect(viewport.height - (box.y + box.height)).toBeLessThanOrEqual(24);
  if (testInfo.project.name === 'phone') expect(box.height).toBeLessThanOrEqual(46);
  expect(await axeViolations(page, '[data-booking-floating-button-host]')).toEqual([]);
  await fab.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('grid')).toBeVisible();
  const dialogBox = (await dialog.boundingBox())!;
  if (testInfo.project.name === 'phone') expect([dialogBox.width, dialogBox.height]).toEqual([viewport.width, viewport.height]);
  else expect(dialogBox.width).toBeLessThan(viewport.width);
  await page.keyboard.press('Escape');
  await expect(fab).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('floating.png') });
});
