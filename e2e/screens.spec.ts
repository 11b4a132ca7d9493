import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openPlayground } from './a11y-helpers';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

/**
 * Every step as a picture, on the fixed clock (fixtures.ts), at 1280 px (desktop) and 375 px
 * (phone, `@phone`): light for all, dark and Arabic for the month and the confirmation. Baselines
 * live beside this file (`screens.spec.ts-snapshots/`); `npx playwright test e2e/screens.spec.ts
 * --update-snapshots` writes them again. Other tests book on the same server, so a time may be
 * gone: a small share of pixels may differ.
 */
const same = { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.04 } as const;

async function firstTimes(widget: Locator): Promise<void> {
  await expect(widget.getByRole('region', { name: /^Times on/ }).getByRole('button').first()).toBeVisible();
}

async function book(page: Page, widget: Locator, n: number): Promise<void> {
  await (await openDay(widget, n)).click();
  await fillAndSubmit(widget);
}

test.describe('screens @phone', () => {
  test('month', async ({ page }) => {
    await page.goto('/data-attributes.html');
    const widget = page.locator('#widget');
    await firstTimes(widget);
    await expect(widget).toHaveScreenshot('month.png', same);
  });

  for (const view of ['week', 'list']) {
    test(view, async ({ page }) => {
      const widget = await openPlayground(page, { view });
      await expect(widget.locator('.bw-slot:visible').first()).toBeVisible();
      await expect(widget).toHaveScreenshot(`${view}.png`, same);
    });
  }

  test('group sessions', async ({ page }) => {
    await page.goto('/group.html');
    const widget = page.locator('#widget, #bookingjs, [data-booking-widget]').first();
    await expect(widget.locator('.bw-session').first()).toBeVisible();
    await expect(widget).toHaveScreenshot('group.png', same);
  });

  test('form with errors', async ({ page }, testInfo) => {
    await page.goto('/data-attributes.html');
    const widget = page.locator('#widget');
    await (await openDay(widget, dayFor(testInfo, 5))).click();
    await widget.getByRole('button', { name: 'Book it' }).click();
    await expect(widget.getByRole('textbox', { name: /Name/ })).toBeFocused();
    await expect(widget).toHaveScreenshot('form-errors.png', same);
  });

  test('confirmation', async ({ page }, testInfo) => {
    await page.goto('/data-attributes.html');
    const widget = page.locator('#widget');
    await book(page, widget, dayFor(testInfo, 6));
    await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
    await expect(widget).toHaveScreenshot('confirmation.png', same);
  });

  test('awaiting confirmation', async ({ page }, testInfo) => {
    await page.goto('/global.html');
    const widget = page.locator('#bookingjs');
    const slots = widget.locator('.bw-slot:visible');
    await expect(slots.first()).toBeVisible();
    await slots.nth(Math.min(dayFor(testInfo, 4), (await slots.count()) - 1)).click();
    await fillAndSubmit(widget, 'Lorraine Baines', 'lorraine@example.com');
    await expect(widget.getByRole('heading', { name: 'Request sent' })).toBeVisible();
    await expect(widget).toHaveScreenshot('awaiting.png', same);
  });

  test('pending payment', async ({ page }) => {
    await page.goto('/payment.html');
    const widget = page.locator('#bookingjs');
    const session = widget.locator('.bw-session:not([disabled])').first();
    await session.click();
    await widget.getByRole('textbox', { name: /name/i }).first().fill('Emmett Brown');
    await widget.getByRole('textbox', { name: /e-?mail/i }).fill('emmett@example.com');
    await widget.getByRole('button', { name: 'Book it' }).click();
    await expect(widget.getByRole('heading', { name: 'Held pending payment' })).toBeVisible();
    await expect(widget).toHaveScreenshot('pending-payment.png', same);
  });

  test('error view', async ({ page }) => {
    await page.goto('/config-error.html');
    const widget = page.locator('[data-booking-widget], #bookingjs, #widget').first();
    await expect(widget.getByRole('heading', { name: 'This booking widget is not set up correctly' })).toBeVisible();
    await expect(widget).toHaveScreenshot('error.png', same);
  });

  for (const [name, choice] of [['dark', { theme: 'dark' }], ['arabic', { locale: 'ar' }]] as const) {
    test(`${name}: month and confirmation`, async ({ page }, testInfo) => {
      const widget = await openPlayground(page, choice);
      await expect(widget.locator('.bw-slot:visible').first()).toBeVisible();
      await expect(widget).toHaveScreenshot(`${name}-month.png`, same);
      const times = widget.locator('.bw-slot:visible');
      await times.nth(Math.min(dayFor(testInfo, 7), (await times.count()) - 1)).click();
      await widget.getByRole('textbox').first().fill('Marty McFly');
      await widget.locator('input[type=email]').fill('marty@example.com');
      await widget.locator('button[type=submit]').click();
      await expect(widget.locator('.bw-mark')).toBeVisible();
      await expect(widget).toHaveScreenshot(`${name}-confirmation.png`, same);
    });
  }
});
