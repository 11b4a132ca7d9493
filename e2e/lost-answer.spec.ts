import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerFromOwnApi, demoPagesUse, fulfillWith, type OwnApi } from './own-api';
import { fillAndSubmit, openDay } from './widget-helpers';

/**
 * The answer to `POST /v2/bookings` is lost after the server booked (the connection drops on the
 * way back). The widget's "Try again" sends the same request with the same `Idempotency-Key`, and
 * the API answers the first result: the visitor lands on the confirmation, and there is one booking.
 *
 * Each test books on a fresh in-memory mock API of its own (demo seed, its clock at the suite's
 * instant), not the shared demo server: there another test could take the chosen time first (a
 * short booking window leaves few open days), and the "just taken" this spec expects would be real.
 */
const API = 'https://api.lost-answer.test/';

async function loseFirstAnswer(page: Page, own: OwnApi, stripKey = false): Promise<Array<string | undefined>> {
  const keys: Array<string | undefined> = [];
  await page.route(`${API}v2/bookings?*`, async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fallback();
    const headers = await request.allHeaders();
    if (stripKey) delete headers['idempotency-key'];
    keys.push(headers['idempotency-key']);
    const response = await own.answer(request, headers);
    if (keys.length === 1) return route.abort('connectionreset'); // the server booked; the answer never arrives
    return fulfillWith(route, response);
  });
  return keys;
}

/** The demo page with Doc Brown's times, its widget answered by `own`. */
async function openPage(page: Page, serverNow: number) {
  const own = await answerFromOwnApi(page, API, serverNow);
  await demoPagesUse(page, API);
  return { own, widget: page.locator('#widget') };
}

const bookingsOf = async (own: OwnApi, email: string) =>
  (await own.call<unknown[]>('GET', `bookings?search=${encodeURIComponent(`customer.email:${email}`)}`)).length;

test('a lost answer after the server booked ends on the confirmation on Try again, with one booking', async ({ page, serverNow }) => {
  const { own, widget } = await openPage(page, serverNow);
  const keys = await loseFirstAnswer(page, own);
  await page.goto('/data-attributes.html');
  await (await openDay(widget, 1)).click();
  await fillAndSubmit(widget, 'Marty McFly', 'lost-answer@example.com');
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(await bookingsOf(own, 'lost-answer@example.com')).toBe(1);
});

test('without the key (how it was) the same lost answer became a false "just taken": the regression this guards', async ({
  page,
  serverNow,
}) => {
  const { own, widget } = await openPage(page, serverNow);
  await loseFirstAnswer(page, own, true);
  await page.goto('/data-attributes.html');
  await (await openDay(widget, 1)).click();
  await fillAndSubmit(widget, 'Marty McFly', 'lost-answer-nokey@example.com');
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('alert')).toContainText('that time was just taken');
  expect(await bookingsOf(own, 'lost-answer-nokey@example.com')).toBe(1);
});
