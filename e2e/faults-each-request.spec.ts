import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { dayFor, fetchBooking, openDay } from './widget-helpers';

/**
 * Every request of a booking's flow fails once, the way it fails in the wild; the visitor sees the
 * message for it, tries again, and books with what they typed. The page: a data-attribute widget on
 * a project (so the project is a request of its own) with a phone field.
 */
const PAGE = '/e2e-faults.html';

// A page answered by the test (not by the demo server) counts as public to Chromium, which then
// asks permission before it reaches the loopback API; a real site's API needs none.
test.use({ permissions: ['local-network-access'] });

async function openPage(page: Page, attrs = ''): Promise<void> {
  await page.route(PAGE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Faults</title><body>
        <div id="widget" data-booking-widget data-project-slug="doc-brown" ${attrs}
          data-config='{"customer_fields": {"phone": {"title": "Phone", "format": "tel"}}}'></div>
        <script src="/demo-env.js"></script><script src="/assets/demo-env-attrs.js"></script><script src="/dist/booking.js"></script>
      </body></html>`,
    }),
  );
  await page.goto(PAGE);
}

type Failure = 500 | 'no answer';
const fail = (route: Route, how: Failure) =>
  how === 500
    ? route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"Internal error"}' })
    : route.abort('connectionreset');

/** Fails the first `times` `method` requests to `url` (CORS preflights pass), then lets every call through. */
async function failOnce(page: Page, url: string, how: Failure, method = 'GET', times = 1): Promise<() => number> {
  let seen = 0;
  await page.route(url, (route) => {
    if (route.request().method() !== method || seen++ >= times) return route.continue();
    return fail(route, how);
  });
  return () => seen;
}

const MESSAGE: Record<Failure, string> = { 500: 'The booking service had a problem', 'no answer': 'could not reach the booking service' };
const TYPED = { name: 'Marty McFly', email: 'marty@example.com', phone: '+1 555 0100' };

async function type(widget: ReturnType<Page['locator']>): Promise<void> {
  await widget.getByRole('textbox', { name: /name/i }).first().fill(TYPED.name);
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill(TYPED.email);
  await widget.getByRole('textbox', { name: 'Phone' }).fill(TYPED.phone);
}

async function expectTypedKept(widget: ReturnType<Page['locator']>): Promise<void> {
  await expect(widget.getByRole('textbox', { name: /name/i }).first()).toHaveValue(TYPED.name);
  await expect(widget.getByRole('textbox', { name: /e-?mail/i })).toHaveValue(TYPED.email);
  await expect(widget.getByRole('textbox', { name: 'Phone' })).toHaveValue(TYPED.phone);
}

/** The booking the widget shows, as the API stored it: it carries what the visitor typed. */
async function expectBookedAsTyped(page: Page): Promise<void> {
  const widget = page.locator('#widget');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  const id = await widget.evaluate(
    (el) =>
      (el as unknown as Record<symbol, { model: { booking: { value: { id: string } } } }>)[Symbol.for('booking-widget.handle')].model
        .booking.value.id,
  );
  const booking = await fetchBooking(page, id);
  expect(booking.customers[0]).toMatchObject({ name: TYPED.name, email: TYPED.email });
}

/** `times`: the steps file is asked for when the calendar shows and again by the form, so it fails twice to be seen. */
const CASES: Array<{
  request: string;
  url: string;
  method?: string;
  times?: number;
  how: Failure;
  step: 'load' | 'pick' | 'submit';
  day: number;
}> = [
  { request: 'the project (GET /v2/projects/hosted/:slug)', url: '**/v2/projects/hosted/**', how: 500, step: 'load', day: 10 },
  {
    request: 'the availability (POST /v2/availability)',
    url: '**/v2/availability',
    method: 'POST',
    how: 'no answer',
    step: 'load',
    day: 12,
  },
  // Asked for as the script starts: without it (the calendar's list of times is in it) the error view offers Try again.
  { request: 'the config-check file (booking-config-*.js)', url: '**/booking-config-*.js*', how: 'no answer', step: 'load', day: 20 },
  { request: 'the steps file (booking-steps-*.js)', url: '**/booking-steps-*.js*', times: 2, how: 'no answer', step: 'pick', day: 14 },
  { request: 'the booking, a 500 (POST /v2/bookings)', url: '**/v2/bookings?*', method: 'POST', how: 500, step: 'submit', day: 16 },
  { request: 'the booking, never reaching the API', url: '**/v2/bookings?*', method: 'POST', how: 'no answer', step: 'submit', day: 18 },
];

for (const c of CASES) {
  test(`${c.request} fails${c.times ? ` ${c.times} times` : ' once'}: the message, Try again, and a booking with what was typed`, async ({
    page,
  }, testInfo) => {
    const calls = await failOnce(page, c.url, c.how, c.method, c.times);
    await openPage(page);
    const widget = page.locator('#widget');
    const retry = async () => {
      await expect(widget.getByRole('alert')).toContainText(MESSAGE[c.how]);
      await widget.getByRole('button', { name: 'Try again' }).click();
    };
    if (c.step === 'load') {
      await retry();
      // The button that had the focus is gone: the calendar's heading takes it, not the page.
      await expect(widget.getByRole('heading', { name: 'Choose a day' })).toBeFocused();
    }
    await (await openDay(widget, dayFor(testInfo, c.day))).click();
    if (c.step === 'pick') await retry();
    await type(widget);
    await widget.getByRole('button', { name: 'Book it' }).click();
    if (c.step === 'submit') {
      await expect(widget.getByRole('alert')).toContainText(MESSAGE[c.how]);
      await expectTypedKept(widget);
      await retry();
    }
    await expectBookedAsTyped(page);
    expect(calls()).toBe((c.times ?? 1) + 1);
  });
}

test('one failed download of the steps file is made good by the form asking again, without a message', async ({ page }, testInfo) => {
  const calls = await failOnce(page, '**/booking-steps-*.js*', 'no answer');
  await openPage(page);
  const widget = page.locator('#widget');
  await (await openDay(widget, dayFor(testInfo, 22))).click();
  await type(widget);
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expectBookedAsTyped(page);
  expect(calls()).toBe(2);
});

test('the language file fails once: the widget speaks English, warns naming the language, and books', async ({ page }, testInfo) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const calls = await failOnce(page, '**/locales/de.json*', 'no answer');
  await openPage(page, 'data-locale="de"');
  const widget = page.locator('#widget');
  const slot = await openDay(widget, dayFor(testInfo, 20));
  expect(warnings.join('\n')).toContain('could not load the "de" texts');
  await slot.click();
  await type(widget);
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expectBookedAsTyped(page);
  expect(calls()).toBe(1);
});
