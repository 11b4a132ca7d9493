import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TEXTS, fillAndBook, horizontalOverflow, openPlayground, pickOpenDay } from './a11y-helpers';

// WCAG 1.4.10 Reflow and 1.4.4 Resize text: usable at 320 CSS px, and at 200% zoom of a 1280 px
// window (640 CSS px at device scale 2, which is what the browser lays out at 200%), with nothing
// scrolling sideways, in every view and in right-to-left Arabic.
const SIZES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200% zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });
    for (const locale of ['en', 'ar'] as const) {
      for (const view of ['month', 'week', 'list']) {
        test(`${locale} ${view}: no sideways scrolling on the times and the form`, async ({ page }) => {
          const t = TEXTS[locale];
          const widget = await openPlayground(page, { locale, view });
          const slot =
            view === 'month'
              ? await pickOpenDay(widget, 0, t)
              : widget.locator('button.bw-slot:visible, button.bw-session:visible').first();
          await expect(slot).toBeVisible();
          expect(await horizontalOverflow(page), 'times').toEqual([]);
          await slot.click();
          await widget.getByRole('button', { name: t.submit_button }).click();
          await expect(widget.getByRole('textbox', { name: t.field_title_name })).toHaveAttribute('aria-invalid', 'true');
          expect(await horizontalOverflow(page), 'form with errors').toEqual([]);
          // The time-zone search opens inside the footer and must fit too.
          await widget
            .getByRole('button', { name: new RegExp(t.timezone_change.split('{zone}')[0].trim().replace(/[()]/g, '\\$&')) })
            .click();
          await expect(widget.getByRole('combobox')).toBeFocused();
          expect(await horizontalOverflow(page), 'time-zone search').toEqual([]);
        });
      }
    }
    test('the confirmation fits', async ({ page }) => {
      const widget = await openPlayground(page, { locale: 'ar' });
      const slot = await pickOpenDay(widget, size.deviceScaleFactor === 1 ? 7 : 8, TEXTS.ar);
      await slot.click();
      await fillAndBook(widget, TEXTS.ar);
      await expect(widget.getByRole('heading', { name: TEXTS.ar.confirmed_heading })).toBeFocused();
      expect(await horizontalOverflow(page)).toEqual([]);
    });
  });
}

/** Holds every availability answer until the returned function is called, so the skeleton stays on screen. */
async function holdAvailability(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/v2/availability*', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the loading skeleton does not pulse', async ({ page }) => {
    const release = await holdAvailability(page);
    const widget = await openPlayground(page);
    const skeleton = widget.locator('[part=loading]');
    // Past the still start (a fast answer never sees a pulse): the skeleton would pulse now.
    await expect(skeleton).toHaveClass(/bw-skel-slow/);
    const animations = await skeleton.evaluate((el) => [...el.querySelectorAll('*')].map((c) => getComputedStyle(c).animationName));
    expect(new Set(animations)).toEqual(new Set(['none']));
    release();
    await expect(widget.getByRole('grid')).toBeVisible();
  });
  test('without the preference it holds still, then pulses (the check above can fail)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const release = await holdAvailability(page);
    const widget = await openPlayground(page);
    const skeleton = widget.locator('[part=loading]');
    await expect(skeleton).toBeVisible();
    // It holds still at first (no pulse before it is marked slow), then pulses.
    expect(
      await skeleton.evaluate(
        (el) => el.classList.contains('bw-skel-slow') || getComputedStyle(el.querySelector('.bw-skel-cal')!).animationName,
      ),
    ).not.toBe('bw-pulse');
    await expect(skeleton).toHaveClass(/bw-skel-slow/);
    expect(await widget.locator('.bw-skel-cal').evaluate((el) => getComputedStyle(el).animationName)).toBe('bw-pulse');
    release();
  });
});
