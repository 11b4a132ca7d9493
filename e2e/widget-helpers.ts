import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** What /demo-env.js tells the page. */
export interface DemoEnv {
  apiBaseUrl: string;
  widgetKey: string;
  appKey: string;
}

/** The demo env of the loaded page. */
export function demoEnv(page: Page): Promise<DemoEnv> {
  return page.evaluate(() => (window as unknown as { DEMO_ENV: DemoEnv }).DEMO_ENV);
}

/** The demo env read from /demo-env.js without opening a page (for a page the test writes itself). */
export async function fetchDemoEnv(page: Page): Promise<DemoEnv> {
  const text = await (await page.request.get('/demo-env.js')).text();
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as DemoEnv;
}

/**
 * A day index for this test and project, so that parallel tests (and the phone run of the same
 * test) book different days of the shared mock server instead of racing for one slot.
 */
export function dayFor(testInfo: TestInfo, base: number): number {
  return base + (testInfo.project.name === 'phone' ? 9 : 0);
}

/**
 * Picks the `n`-th open day of the month grid (moving on a month when needed and possible) and returns one of
 * its time buttons, also chosen by `n`. Tests share one mock server, and a day whose few times all
 * got booked drops out of the count, so two tests' `n` can land on the same day; taking the
 * `n`-th time of the day (not always the first) keeps them off the same slot.
 */
export async function openDay(widget: Locator, n: number): Promise<Locator> {
  const grid = widget.getByRole('grid');
  await expect(grid).toBeVisible();
  const open = widget.locator('button.bw-open');
  let count = await open.count();
  let day = n;
  if (count <= day) {
    // The next month, unless the booking window ends in this one (on a late start instant): then
    // count round this month's open days again (the n-th time of the day keeps tests apart).
    const next = widget.getByRole('button', { name: 'Next month' });
    if (await next.isEnabled()) {
      day -= count;
      await next.click();
      count = await open.count();
    } else day %= Math.max(1, count);
  }
  if (count === 0) throw new Error('openDay: the shown month has no open day');
  await open.nth(Math.min(day, count - 1)).click();
  const times = widget.getByRole('region', { name: /^Times on/ }).getByRole('button');
  await expect(times.first()).toBeVisible();
  return times.nth(n % (await times.count()));
}

/** Fills name and e-mail and submits, returning nothing; the caller checks the outcome. */
export async function fillAndSubmit(widget: Locator, name = 'Marty McFly', email = 'marty@example.com'): Promise<void> {
  await widget.getByRole('textbox', { name: /name/i }).first().fill(name);
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill(email);
  await widget.getByRole('button', { name: 'Book it' }).click();
}

/** Reads a booking from the mock API with the app key. */
export async function fetchBooking(
  page: Page,
  id: string,
): Promise<{ state: string; graph: string; customers: Array<{ email: string; timezone: string }> }> {
  const env = await demoEnv(page);
  const res = await page.request.get(`${env.apiBaseUrl}v2/bookings/${id}`, {
    headers: { authorization: `Basic ${Buffer.from(`:${env.appKey}`).toString('base64')}` },
  });
  expect(res.status()).toBe(200);
  return (await res.json()).data;
}

/** The time the widget in `widget` has chosen (read from its handle), as the booking request will name it. */
export function chosenSlot(widget: Locator): Promise<{ start: string; end: string }> {
  return widget.evaluate((el) => {
    const handle = (el as unknown as { [k: symbol]: { model: { selectedSlot: { value: { start: string; end: string } } } } })[
      Symbol.for('booking-widget.handle')
    ];
    const { start, end } = handle.model.selectedSlot.value;
    return { start, end };
  });
}

/** Someone else's booking of `slot` with Doc Brown: the body of `POST /v2/bookings` with the app key. */
export function someoneElsesBooking(slot: { start: string; end: string }) {
  return {
    resource_id: '11111111-1111-4111-8111-111111111111',
    graph: 'instant',
    start: slot.start,
    end: slot.end,
    what: 'Taken',
    where: 'x',
    description: '',
    customer: { name: 'Biff', email: 'biff@example.com' },
  };
}

/** Someone else books `slot` with the app key (through the Timekit routes: one store, so every backend sees it). */
export async function takeAsSomeoneElse(page: Page, slot: { start: string; end: string }): Promise<void> {
  const env = await demoEnv(page);
  const res = await page.request.post(`${env.apiBaseUrl}v2/bookings`, {
    headers: { authorization: `Basic ${Buffer.from(`:${env.appKey}`).toString('base64')}` },
    data: someoneElsesBooking(slot),
  });
  expect(res.status(), await res.text()).toBe(201);
}
