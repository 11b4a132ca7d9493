import { expect, test } from './fixtures';

// Booking.js v3 (the `timekit-booking` npm package's own build, unchanged) against our mock API:
// if the mock's wire format drifts from Timekit's, this real client breaks.
test('Booking.js v3 shows slots and books one against the mock API', async ({ page, request }) => {
  // Booking.js asks Google Fonts for Open Sans; offline that must fail fast, not hang the page.
  await page.route(/fonts\.(googleapis|gstatic)\.com/, (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/bookingjs-v3.html');
  const slot = page.locator('.fc-list-event, .fc-event').first();
  await expect(slot).toBeVisible();
  await slot.click();

  await page.locator('input[name="name"]').fill('Marty McFly');
  await page.locator('input[name="email"]').fill('marty@example.com');
  await page.locator('.bookingjs-form-button').click();

  await expect(page.locator('.bookingjs-form-success-message')).toContainText('marty@example.com');
  const bookingId = await page.locator('body').getAttribute('data-booking-id');
  expect(bookingId).toMatch(/^[0-9a-f-]{36}$/);

  // The booking really exists on the server, confirmed, for the customer typed in.
  const env = await page.evaluate(() => (window as unknown as { DEMO_ENV: { apiBaseUrl: string; appKey: string } }).DEMO_ENV);
  const res = await request.get(`${env.apiBaseUrl}v2/bookings/${bookingId}`, {
    headers: { authorization: `Basic ${Buffer.from(`:${env.appKey}`).toString('base64')}` },
  });
  expect(res.status()).toBe(200);
  const { data } = await res.json();
  expect(data.state).toBe('confirmed');
  expect(data.customers[0].email).toBe('marty@example.com');
  expect(errors).toEqual([]);
});
