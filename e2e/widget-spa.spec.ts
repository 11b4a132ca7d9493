import { expect, test } from './fixtures';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

test('npm entry: mount() books, update() switches the theme, <BookingWidget> renders @phone', async ({ page }, testInfo) => {
  await page.goto('/spa.html');
  const mounted = page.locator('#mounted');
  const component = page.locator('[data-booking-widget-host]');
  await expect(component.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Toggle theme with update()' }).click();
  await expect(mounted.locator('.bw')).toHaveAttribute('data-theme', 'dark');
  await (await openDay(mounted, dayFor(testInfo, 11))).click();
  await fillAndSubmit(mounted, 'Jennifer Parker', 'jennifer@example.com');
  await expect(mounted.getByRole('heading', { name: 'You are booked' })).toBeVisible();
});
