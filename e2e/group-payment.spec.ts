import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

// Paid seats end to end: the hold, booking:payment-required, the host's fake checkout calling the
// API's `pay` action, and markPaid() turning the confirmation to "Paid".
const API = `http://127.0.0.1:${Number(process.env.E2E_API_PORT ?? 18787)}/v2/`;
const DOC = '11111111-1111-4111-8111-111111111111';
const APP = { authorization: `Basic ${Buffer.from(':test_api_key_demo').toString('base64')}` };

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(API + path, { data, headers: APP });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return (await res.json()).data as T;
}

test('paid seats: held pending payment for 5 minutes, the host pays, the widget shows Paid @phone', async ({
  page,
  request,
  serverNow,
}, testInfo) => {
  const slug = `paid-${randomUUID().slice(0, 13)}`;
  const project = await post<{ id: string }>(request, 'projects', {
    name: 'Time travel workshop',
    slug,
    resources: [DOC],
    availability: { length: '2 hours' },
    booking: { graph: 'group_customer_payment', what: 'Time travel workshop', where: 'Hill Valley high school' },
  });
  const start = new Date(serverNow + 2 * 86_400_000);
  start.setUTCHours(21, 0, 0, 0);
  await post(request, 'bookings', {
    graph: 'group_owner',
    project_id: project.id,
    resource_id: DOC,
    start: start.toISOString(),
    end: new Date(start.getTime() + 7_200_000).toISOString(),
    what: 'Time travel workshop',
    where: 'Hill Valley high school',
    settings: { max_seats: 8, allow_double_bookings: true },
  });

  await page.goto(`/payment.html?project=${project.id}`);
  const widget = page.locator('#bookingjs');
  const session = widget.getByRole('button', { name: /^Time travel workshop, .*, 8 of 8 seats left$/ });
  await session.click();
  await widget.getByRole('button', { name: 'One seat more' }).click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Emmett Brown');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('emmett@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();

  await expect(widget.getByRole('heading', { name: 'Held pending payment' })).toBeVisible();
  await expect(widget).toContainText(/Held for 5 minutes, until \d{1,2}:\d\d/);
  await expect(widget).toContainText('2 seats');
  await expect(page.locator('#log')).toContainText('booking:payment-required');
  await expect(page.locator('#log')).toContainText('paymentRequired');
  await expect(page.getByRole('region', { name: /Checkout/ })).toContainText('2 seat(s)');
  await page.screenshot({ path: testInfo.outputPath('held.png'), fullPage: true });

  await page.getByRole('button', { name: 'Pay now (fake)' }).click();
  await expect(widget.getByText('✓ Paid')).toBeVisible();
  await expect(page.locator('#checkout-status')).toHaveText('Paid: the booking is now paid.');
  await page.screenshot({ path: testInfo.outputPath('paid.png'), fullPage: true });
  const id = (await page.locator('#log').textContent())!.match(/payment-required ([0-9a-f-]{36})/)![1];
  const booking = await request.get(`${API}bookings/${id}`, { headers: APP });
  expect((await booking.json()).data).toMatchObject({ state: 'paid', graph: 'group_customer_payment', related: { seats: 2 } });
});

test('paid one-to-one meeting (instant_payment): the time is held pending payment', async ({ page }) => {
  await page.goto('/payment.html?project=paidMeeting');
  const widget = page.locator('#bookingjs');
  const slots = widget.locator('.bw-slot:visible');
  await expect(slots.first()).toBeVisible();
  // A late slot of the list, so parallel runs of other tests (which book early days) do not race it.
  await slots.nth((await slots.count()) - 1 - (test.info().project.name === 'phone' ? 1 : 0)).click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Clara Clayton');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('clara@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: 'Held pending payment' })).toBeVisible();
  await expect(widget).toContainText(/Held for 5 minutes/);
  await expect(page.locator('#log')).toContainText('booking:payment-required');
  await page.getByRole('button', { name: 'Pay now (fake)' }).click();
  await expect(widget.getByText('✓ Paid')).toBeVisible();
});
