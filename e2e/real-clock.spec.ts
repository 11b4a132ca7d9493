import { expect, test } from '@playwright/test';
import { startApiServer, type ApiServer } from '../src/mock-api/index';
import { fillAndSubmit } from './widget-helpers';

// The one test on the real clock (every other spec runs at the suite's fixed instant, fixtures.ts):
// a mock API of its own on the wall clock, a page whose clock is the browser's own, and a booking of
// whichever time is free first. It assumes no date: it looks for an open day from today on.
let api: ApiServer;
test.beforeAll(async () => {
  api = await startApiServer({ port: 0, seed: 'demo' });
});
test.afterAll(() => api.close());

// The page is on another origin than the demo server, which serves the script from loopback.
test.use({ permissions: ['local-network-access'] });

test('on the real clock, the first free time of Doc Brown can be booked', async ({ page, baseURL }) => {
  const page_ = 'http://localhost:9/real-clock.html';
  await page.route(page_, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Book</title><body>
        <div data-booking-widget data-app-key="${api.keys.widgetKey}" data-api-base-url="${api.url}"
             data-resources="11111111-1111-4111-8111-111111111111" data-length="30 minutes"></div>
        <script src="${new URL('/dist/booking.js', baseURL).href}"></script></body></html>`,
    }),
  );
  await page.goto(page_);
  const widget = page.locator('[data-booking-widget]');
  await expect(widget.getByRole('grid')).toBeVisible();
  // Today may have no time left, and the month may end before the first open day: move on until one shows.
  const open = widget.locator('button.bw-open');
  for (let month = 0; month < 3 && (await open.count()) === 0; month++) await widget.getByRole('button', { name: 'Next month' }).click();
  await open.first().click();
  const time = widget
    .getByRole('region', { name: /^Times on/ })
    .getByRole('button')
    .first();
  await time.click();
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  // The booking the server stored is in the future of the real clock and is the time that was picked.
  const list = await page.request.get(`${api.url}v2/bookings`, {
    headers: { authorization: `Basic ${Buffer.from(`:${api.keys.appKey}`).toString('base64')}` },
  });
  type Listed = { attributes: { event_info: { start: string } }; customers: Array<{ email: string }> };
  const booked = ((await list.json()) as { data: Listed[] }).data.filter((b) => b.customers?.[0]?.email === 'marty@example.com');
  expect(booked).toHaveLength(1);
  expect(Date.parse(booked[0].attributes.event_info.start)).toBeGreaterThan(Date.now());
});
