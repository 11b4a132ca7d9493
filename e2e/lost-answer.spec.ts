import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dayFor, demoEnv, fillAndSubmit, openDay } from './widget-helpers';

/**
 * The answer to `POST /v2/bookings` is lost after the server booked (the connection drops on the
 * way back). The widget's "Try again" sends the same request with the same `Idempotency-Key`, and
 * the API answers the first result: the visitor lands on the confirmation, and there is one booking.
 */
async function loseFirstAnswer(page: Page, stripKey = false): Promise<Array<string | undefined>> {
  const keys: Array<string | undefined> = [];
  await page.route('**/v2/bookings?*', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    const headers = { ...request.headers() };
    if (stripKey) delete headers['idempotency-key'];
    keys.push(headers['idempotency-key']);
    const response = await route.fetch({ headers });
    if (keys.length === 1) return route.abort('connectionreset'); // the server booked; the answer never arrives
    return route.fulfill({ response });
  });
  return keys;
}

async function bookingsOf(page: Page, email: string): Promise<number> {
  const env = await demoEnv(page);
  const res = await page.request.get(`${env.apiBaseUrl}v2/bookings?search=${encodeURIComponent(`customer.email:${email}`)}`, {
    headers: { authorization: `Basic ${Buffer.from(`:${env.appKey}`).toString('base64')}` },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()).data as unknown[]).length;
}

test('a lost answer after the server booked ends on the confirmation on Try again, with one booking', async ({ page }, testInfo) => {
  const keys = await loseFirstAnswer(page);
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 23))).click();
  await fillAndSubmit(widget, 'Marty McFly', 'lost-answer@example.com');
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(await bookingsOf(page, 'lost-answer@example.com')).toBe(1);
});

test('without the key (how it was) the same lost answer became a false "just taken": the regression this guards', async ({
  page,
}, testInfo) => {
  await loseFirstAnswer(page, true);
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 25))).click();
  await fillAndSubmit(widget, 'Marty McFly', 'lost-answer-nokey@example.com');
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('alert')).toContainText('that time was just taken');
  expect(await bookingsOf(page, 'lost-answer-nokey@example.com')).toBe(1);
});
