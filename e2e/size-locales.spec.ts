import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The script build carries English only; other languages are `dist/locales/<language>.json` beside
 * `booking.js`, fetched while the project and times load. These drive the built file in a browser.
 */

/**
 * One German widget and the script, added to the demo index page (a page the demo server really
 * serves: Chromium refuses calls to the loopback API from a document faked with page.route).
 */
async function openGermanPage(page: Page, extraConfig = '{}'): Promise<void> {
  await page.goto('/');
  await page.addScriptTag({ url: '/demo-env.js' });
  await page.evaluate((config) => {
    const env = (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV;
    const el = document.createElement('div');
    el.id = 'widget';
    Object.assign(el.dataset, {
      bookingWidget: '',
      locale: 'de',
      projectId: 'aaaaaaaa-0000-4000-8000-000000000001',
      apiBaseUrl: env.apiBaseUrl,
      appKey: env.widgetKey,
      config,
    });
    document.body.append(el);
    const script = document.createElement('script');
    script.src = '/dist/booking.js';
    document.body.append(script);
  }, extraConfig);
}

test('data-locale="de" loads dist/locales/de.json beside the script and speaks German', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const localeRequest = page.waitForRequest((r) => r.url().endsWith('/dist/locales/de.json'));
  await openGermanPage(page);
  await localeRequest;
  const widget = page.locator('#widget');
  await expect(widget.getByRole('button', { name: 'Nächster Monat' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Next month' })).toHaveCount(0);
  const open = widget.locator('button.bw-open').first();
  await open.click();
  await widget
    .getByRole('region', { name: /^Termine am/ })
    .getByRole('button')
    .first()
    .click();
  await expect(widget.getByRole('button', { name: 'Buchen' })).toBeVisible();
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
});

test('a language file that fails to load: English, a console warning naming the URL, no crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/dist/locales/de.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openGermanPage(page);
  const widget = page.locator('#widget');
  await expect(widget.getByRole('button', { name: 'Next month' })).toBeVisible();
  // Dates still follow the chosen locale; only the texts fall back.
  await expect(widget.locator('[lang="de"]').first()).toBeVisible();
  expect(warnings.join('\n')).toMatch(
    /could not load the "de" texts \(http:\/\/127\.0\.0\.1:\d+\/dist\/locales\/de\.json: HTTP 404\); showing English/,
  );
  expect(errors).toEqual([]);
});

test('ui.localization_url points at another folder', async ({ page }) => {
  const served: string[] = [];
  await page.route('**/elsewhere/de.json', (route) => {
    served.push(route.request().url());
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ next_month: 'Weiter (eigene Texte)' }) });
  });
  await openGermanPage(page, JSON.stringify({ ui: { localization_url: '/elsewhere/' } }));
  const widget = page.locator('#widget');
  await expect(widget.getByRole('button', { name: 'Weiter (eigene Texte)' })).toBeVisible();
  // A key the file leaves out falls back to English.
  await expect(widget.getByRole('button', { name: 'Previous month' })).toBeVisible();
  expect(served).toHaveLength(1);
});
