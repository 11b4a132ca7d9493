import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { dayFor, fetchDemoEnv, fillAndSubmit, openDay } from './widget-helpers';

/** The README's data-attribute example, exactly as written there, pointed at this run's servers. */
function readmeExample(apiBaseUrl: string, demoOrigin: string): string {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### 1. Data attributes'));
  const html = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!html) throw new Error('README: no html example under "### 1. Data attributes"');
  return html.replaceAll('http://127.0.0.1:8787/', apiBaseUrl).replaceAll('http://127.0.0.1:5173', demoOrigin);
}

// Here the script's "CDN" is this machine's loopback address (127.0.0.1), which Chromium lets a page
// of another host reach only with the local-network-access permission; a page loading a real CDN
// needs none.
test.use({ permissions: ['local-network-access'] });

test('the README example pasted into a plain page on another origin books (script, steps file and API across origins)', async ({
  page,
  baseURL,
}, testInfo) => {
  const demo = new URL(baseURL!).origin;
  // This run's API address, read without opening a demo page (whose late requests would be counted below).
  const { apiBaseUrl } = await fetchDemoEnv(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A page on another origin than the demo server's, as if the example were pasted into a site.
  const plain = 'http://localhost:9/readme-example.html';
  const fetched: string[] = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  await page.route(plain, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Book</title><body>${readmeExample(apiBaseUrl, demo)}</body></html>`,
    }),
  );
  await page.goto(plain);
  const widget = page.locator('[data-booking-widget]');
  await (await openDay(widget, dayFor(testInfo, 21))).click();
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(errors).toEqual([]);
  // The script, its config check before the first request, then the steps once the calendar shows.
  expect(fetched.filter((p) => p.startsWith('/dist/'))).toEqual([
    '/dist/booking.js',
    expect.stringMatching(/^\/dist\/booking-config-[\w-]+\.js$/),
    expect.stringMatching(/^\/dist\/booking-steps-[\w-]+\.js$/),
  ]);
});
