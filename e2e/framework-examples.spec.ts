import { expect, test } from './fixtures';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

// Each app is built by examples/build.ts (npm run build) from examples/<name>/, importing the npm build.
const APPS = [
  ['react', 1],
  ['vue', 5],
  ['svelte', 7],
] as const;

for (const [name, day] of APPS) {
  test(`the ${name} example app books a time`, async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/dist/examples/${name}/index.html`);
    const widget = page.locator('[data-booking-widget-host], booking-widget, main > div').last();
    const slot = await openDay(widget, dayFor(testInfo, day));
    await slot.click();
    await fillAndSubmit(widget, `Marty ${name}`);
    await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeFocused();
    await expect(page.locator('main > p[role=status]')).toHaveText(/^Booked \S+/);
    expect(errors).toEqual([]);
  });
}

test('the React component follows its props and unmounts cleanly under StrictMode', async ({ page }) => {
  await page.goto('/dist/examples/react/index.html');
  const widget = page.locator('[data-booking-widget-host]');
  await expect(widget.getByRole('grid')).toBeVisible();
  // StrictMode mounted, unmounted and mounted again: one widget, one root.
  expect(await widget.evaluate((el) => el.shadowRoot!.querySelectorAll('.bw').length)).toBe(1);
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(widget.locator('.bw')).toHaveAttribute('data-theme', 'dark');
  expect(await widget.evaluate((el) => el.shadowRoot!.querySelectorAll('.bw').length)).toBe(1);
});
