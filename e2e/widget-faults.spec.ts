import { expect, test } from './fixtures';
import { dayFor, demoEnv, fillAndSubmit, openDay, takeAsSomeoneElse } from './widget-helpers';

test('a 500 shows a clear message, and Retry recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/v2/availability', (route) =>
    fail ? route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' }) : route.continue(),
  );
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await expect(widget.getByRole('alert')).toContainText('The booking service had a problem');
  fail = false;
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('grid')).toBeVisible();
  // The button that had the focus is gone: the calendar's heading takes it, not the page.
  await expect(widget.getByRole('heading', { name: 'Choose a day' })).toBeFocused();
});

test('an unreachable API says so and offers Retry @phone', async ({ page }) => {
  await page.route('**/v2/**', (route) => route.abort('connectionrefused'));
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  await page.unroute('**/v2/**');
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('grid')).toBeVisible();
});

test('a bad key (401 from the real mock) names app_key', async ({ page }) => {
  await page.addInitScript(() => {
    let env: unknown;
    Object.defineProperty(window, 'DEMO_ENV', {
      configurable: true,
      get: () => env,
      set: (v) => (env = { ...v, widgetKey: 'test_widget_key_wrong' }),
    });
  });
  await page.goto('/data-attributes.html');
  await expect(page.locator('#widget').getByRole('alert')).toContainText('did not accept this widget’s key. Check app_key');
});

test('a slow answer shows the skeleton, then times; a too slow one times out with Retry', async ({ page }) => {
  // The first answer is held until the skeleton has been seen (no race with a busy machine's timing);
  // the second one comes 4 s late, after the 1 s timeout.
  let release!: () => void;
  const seen = new Promise<void>((r) => (release = r));
  let held = true;
  await page.route('**/v2/availability', async (route) => {
    await (held ? seen : new Promise((r) => setTimeout(r, 4000)));
    await route.continue().catch(() => {}); // (the page may be gone by then)
  });
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await expect(widget.locator('[aria-busy="true"]')).toBeVisible();
  await expect(widget.getByRole('grid')).toHaveCount(0);
  held = false;
  release();
  await expect(widget.getByRole('grid')).toBeVisible();
  await page.evaluate(() =>
    (document.getElementById('widget') as unknown as { [k: symbol]: { update(c: object): void } })[
      Symbol.for('booking-widget.handle')
    ].update({ request_timeout: 1000 }),
  );
  await expect(widget.getByRole('alert')).toContainText('took too long');
  await expect(widget.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a slot taken meanwhile (real 422) keeps the form values and offers fresh times', async ({ page }, testInfo) => {
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  const slot = await openDay(widget, dayFor(testInfo, 15));
  // Learn which instant the button stands for from the request the widget will make, by taking it first.
  await slot.click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('marty@example.com');
  // Someone else books the same slot now, through the API with the app key.
  const env = await demoEnv(page);
  const taken = await page.evaluate(async (env) => {
    const res = await fetch(env.apiBaseUrl + 'v2/availability', {
      method: 'POST',
      headers: { authorization: 'Basic ' + btoa(':' + env.widgetKey), 'content-type': 'application/json' },
      body: JSON.stringify({ resources: ['11111111-1111-4111-8111-111111111111'], length: '30 minutes' }),
    });
    return (await res.json()).data as Array<{ start: string; end: string }>;
  }, env);
  const heading = await widget.getByRole('heading', { name: /^Book / }).textContent();
  const chosen = await page.evaluate(() => {
    const el = document.getElementById('widget') as unknown as {
      [k: symbol]: { model: { selectedSlot: { value: { start: string; end: string } } } };
    };
    return el[Symbol.for('booking-widget.handle')].model.selectedSlot.value;
  });
  expect(taken.some((s) => Date.parse(s.start) === Date.parse(chosen.start))).toBe(true);
  await takeAsSomeoneElse(page, chosen);
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('alert')).toContainText('that time was just taken');
  expect(heading).toBeTruthy();
  await widget.getByRole('button', { name: 'Back to fresh times' }).click();
  // Any fresh time will do; the calendar is still on the month it showed, so take its first open day.
  await (await openDay(widget, 0)).click();
  await expect(widget.getByRole('textbox', { name: /name/i }).first()).toHaveValue('Marty McFly');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
});

test('a double click on submit makes one booking', async ({ page }, testInfo) => {
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 17))).click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('marty@example.com');
  let posts = 0;
  page.on('request', (r) => r.url().includes('/v2/bookings') && r.method() === 'POST' && posts++);
  await widget.getByRole('button', { name: 'Book it' }).dblclick();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  expect(posts).toBe(1);
});

test('the form’s file failing to download says so, and Retry fetches it again and books', async ({ page }, testInfo) => {
  let fail = true;
  await page.route('**/booking-steps-*.js*', (route) => (fail ? route.abort('connectionrefused') : route.continue()));
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 19))).click();
  await expect(widget.getByRole('alert')).toContainText('could not reach the booking service');
  fail = false;
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('heading', { name: /^Book / })).toBeFocused();
  await fillAndSubmit(widget);
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
});
