import { expect, test } from './fixtures';
import { openPlayground } from './a11y-helpers';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

// The script's host here is this machine's loopback address, which Chromium lets a page of another
// host reach only with the local-network-access permission (see readme-example.spec.ts).
test.use({ permissions: ['local-network-access'] });

test("the playground's markup, pasted as is into an empty HTML file, books", async ({ page }, testInfo) => {
  await openPlayground(page, { theme: 'dark', brand: '#0b7a53' });
  const snippet = await page.locator('#markup').textContent();
  expect(snippet).toContain('data-app-key=');
  expect(snippet).toContain('data-api-base-url=');
  expect(snippet).toMatch(/<script async src="http:\/\/[^"]+\/dist\/booking\.js"><\/script>$/);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const empty = 'http://localhost:9/pasted.html';
  await page.route(empty, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>\n${snippet}\n` }));
  await page.goto(empty);
  const widget = page.locator('booking-widget');
  await (await openDay(widget, dayFor(testInfo, 17))).click();
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(errors).toEqual([]);
});
