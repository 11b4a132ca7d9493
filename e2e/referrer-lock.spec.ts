import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoEnv, fillAndSubmit, openDay } from './widget-helpers';

/**
 * A widget key with a `referrer` list works only on pages of those origins: the API answers 403 to
 * any other `Origin`, and the widget says so. Both pages are real pages of their own origin in the
 * browser (answered by the test), loading the script from the demo server like from a CDN.
 */
const ALLOWED = 'http://shop.localhost:9';
const OTHER = 'http://copycat.localhost:9';

// The script and API are on this machine's loopback address, which Chromium lets a page of another
// host reach only from a secure context (`*.localhost` is one) and with the local-network-access
// permission. Real sites reach a real CDN and API without either.
test.use({ permissions: ['local-network-access'] });

async function pageOn(page: Page, origin: string, key: string, apiBaseUrl: string, demo: string): Promise<void> {
  const url = `${origin}/book.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Book</title><body>
        <div id="widget" data-booking-widget data-app-key="${key}" data-api-base-url="${apiBaseUrl}"
          data-resources="11111111-1111-4111-8111-111111111111" data-length="30 minutes"></div>
        <script src="${demo}/dist/booking.js"></script></body></html>`,
    }),
  );
  await page.goto(url);
}

test('a widget key locked to one site books there, and on another origin says it is not allowed on this site', async ({
  page,
  baseURL,
}) => {
  const demo = new URL(baseURL!).origin;
  await page.goto('/data-attributes.html'); // only to read this run's API address and app key
  const env = await demoEnv(page);
  const made = await page.request.post(`${env.apiBaseUrl}v2/credentials`, {
    headers: { authorization: `Basic ${Buffer.from(`:${env.appKey}`).toString('base64')}` },
    data: { type: 'client-token', scopes: ['widget'], referrer: [ALLOWED] },
  });
  expect(made.status()).toBe(201);
  const key: string = (await made.json()).data.token;

  await pageOn(page, OTHER, key, env.apiBaseUrl, demo);
  const refused = page.locator('#widget');
  await expect(refused.getByRole('alert')).toContainText('This widget’s key is not allowed on this site. Check the key’s allowed sites.');
  await expect(refused.getByRole('grid')).toHaveCount(0);

  await pageOn(page, ALLOWED, key, env.apiBaseUrl, demo);
  const widget = page.locator('#widget');
  await (await openDay(widget, 0)).click();
  await fillAndSubmit(widget, 'Lorraine Baines', 'lorraine@example.com');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
});
