import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

/**
 * The pages under /csp/ are served with a strict policy (demo/serve.ts): `default-src 'self';
 * script-src 'self'; style-src 'self'; connect-src 'self' <api>; img-src 'self' data:`. Every
 * `securitypolicyviolation` (composed, so one from a shadow root reaches the document) is recorded.
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The recorder is not deaf: an inline <style> put into a shadow root is refused and reported. */
async function expectProbeHeard(page: Page, read: () => Promise<string[]>): Promise<void> {
  const before = (await read()).length;
  await page.evaluate(() => {
    const root = document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = '.probe { color: red }';
    root.append(style);
  });
  await expect.poll(async () => (await read()).length).toBeGreaterThan(before);
}

/** The first screen's CSS (widget.css: the live region is visually hidden) applies in `widget`. */
async function expectStyled(widget: ReturnType<Page['locator']>): Promise<void> {
  await expect(widget.getByRole('status')).toHaveCSS('position', 'absolute');
}

test('under a strict CSP three embeds show styled, one books, and the browser reports no violation', async ({ page }, testInfo) => {
  const violations = await recordViolations(page);
  const response = await page.goto('/csp/');
  expect(response!.headers()['content-security-policy']).toMatch(
    /^default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http:\/\/127\.0\.0\.1:\d+; img-src 'self' data:$/,
  );
  const widget = page.locator('#widget');
  await expectStyled(widget);
  await expectStyled(page.locator('#element'));
  await expectStyled(page.locator('#bookingjs'));
  await expect(page.locator('#element').getByRole('grid')).toBeVisible();
  await expect(page.locator('#bookingjs').getByRole('list').first()).toBeVisible();
  await (await openDay(widget, dayFor(testInfo, 4))).click();
  // The steps' CSS (steps.css, adopted when their file arrives) lays the form out.
  await expect(widget.locator('.bw-field').first()).toHaveCSS('display', 'grid');
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(await widget.evaluate((el) => el.shadowRoot!.querySelectorAll('style').length)).toBe(0);
  expect(await violations()).toEqual([]);
  await expectProbeHeard(page, violations);
});

test('without constructable stylesheets the CSS goes in as <style> with the script tag’s nonce, allowed by the policy', async ({
  page,
}, testInfo) => {
  const violations = await recordViolations(page);
  // An older browser: no adoptedStyleSheets on shadow roots.
  await page.addInitScript(() => delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets);
  const response = await page.goto('/csp/nonce-fallback.html');
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()['content-security-policy'])![1];
  const widget = page.locator('#widget');
  await expectStyled(widget);
  await (await openDay(widget, dayFor(testInfo, 6))).click();
  await expect(widget.locator('.bw-field').first()).toHaveCSS('display', 'grid');
  const nonces = await widget.evaluate((el) => [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.nonce));
  expect(nonces).toEqual([nonce, nonce]); // the first screen's and the steps' CSS
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await expectProbeHeard(page, violations);
});

test('the npm build (mount and <BookingWidget>) under the same policy books with no violation', async ({ page }, testInfo) => {
  const violations = await recordViolations(page);
  await page.goto('/csp/spa.html');
  const widget = page.locator('#mounted');
  await expectStyled(widget);
  await (await openDay(widget, dayFor(testInfo, 8))).click();
  await expect(widget.locator('.bw-field').first()).toHaveCSS('display', 'grid');
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(page.locator('[data-booking-widget-host]').getByRole('list').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  await expectProbeHeard(page, violations);
});
