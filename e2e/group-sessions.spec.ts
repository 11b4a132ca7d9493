import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { API, APP, freshSession, WIDGET } from './group-helpers';

// Group sessions end to end: the demo page's widget against the demo server's mock API. Every test
// makes its own project and sessions with the app key, so parallel runs never share seats.

/** Takes `seats` seats at a session as another visitor would (widget key). */
function takeSeats(request: APIRequestContext, ownerId: string, seats: number, who = 'Biff') {
  return request.post(API + 'bookings', {
    headers: WIDGET,
    data: {
      graph: 'group_customer',
      customer: { name: who, email: `${who.toLowerCase()}@example.com` },
      related: { owner_booking_id: ownerId, seats },
    },
  });
}

const session = (widget: Locator) => widget.getByRole('button', { name: /^Flux capacitance webinar, / });

async function openSession(page: Page, projectId: string): Promise<Locator> {
  await page.goto(`/group.html?project=${projectId}`);
  const widget = page.locator('#widget');
  await expect(session(widget)).toBeVisible();
  return widget;
}

async function bookSeats(widget: Locator, seats: number, name = 'Marty McFly') {
  await session(widget).click();
  const stepper = widget.getByRole('spinbutton', { name: 'Seats' });
  await expect(stepper).toHaveValue('1');
  for (let n = 1; n < seats; n++) await widget.getByRole('button', { name: 'One seat more' }).click();
  await expect(stepper).toHaveValue(String(seats));
  await widget.getByRole('textbox', { name: /name/i }).first().fill(name);
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill(`${name.split(' ')[0].toLowerCase()}@example.com`);
  await widget.getByRole('button', { name: 'Book it' }).click();
}

/** What the widget does when its tab is shown again: re-read the seat counts. */
const comeBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test('book 3 seats, see 17 of 20 left, the organiser cancels them, 20 again @phone', async ({ page, context, request }, testInfo) => {
  const { projectId } = await freshSession(request, 20);
  const widget = await openSession(page, projectId);
  await expect(session(widget)).toHaveAccessibleName(/, 20 of 20 seats left$/);
  await expect(session(widget)).toContainText('Online');
  await page.screenshot({ path: testInfo.outputPath('sessions.png'), fullPage: true });

  await session(widget).click();
  // The stepper: labelled, polite, bounded by max_seats_per_booking (5) here.
  const stepper = widget.getByRole('spinbutton', { name: 'Seats' });
  await expect(stepper).toHaveAttribute('max', '5');
  await widget.getByRole('button', { name: 'One seat more' }).click();
  await widget.getByRole('button', { name: 'One seat more' }).click();
  await expect(stepper).toHaveValue('3');
  await expect(widget.getByRole('status')).toHaveText('3 seats');
  await page.screenshot({ path: testInfo.outputPath('form.png'), fullPage: true });
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('marty@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(widget).toContainText('3 seats');
  await page.screenshot({ path: testInfo.outputPath('confirmation.png'), fullPage: true });

  await widget.getByRole('button', { name: 'Book another time' }).click();
  await expect(session(widget)).toHaveAccessibleName(/, 17 of 20 seats left$/);
  await expect(session(widget)).toContainText('17 of 20 seats left');

  const owner = await context.newPage();
  await owner.goto(`/owner/?project=${projectId}`);
  await expect(owner.getByText('3 of 20 seats taken')).toBeVisible();
  await owner.screenshot({ path: testInfo.outputPath('owner.png'), fullPage: true });
  await owner.getByRole('button', { name: "Cancel Marty McFly's 3 seats" }).click();
  await expect(owner.getByRole('status')).toHaveText("Cancelled Marty McFly's 3 seats.");
  await expect(owner.getByText('0 of 20 seats taken')).toBeVisible();

  await comeBack(page);
  await expect(session(widget)).toHaveAccessibleName(/, 20 of 20 seats left$/);
});

test('books seats until the session sells out; the sold-out session stays listed, disabled', async ({ page, request }) => {
  const { projectId } = await freshSession(request, 5, 4);
  const widget = await openSession(page, projectId);
  await bookSeats(widget, 3, 'Marty McFly');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await widget.getByRole('button', { name: 'Book another time' }).click();
  await expect(session(widget)).toHaveAccessibleName(/, 2 of 5 seats left$/);

  await session(widget).click();
  const more = widget.getByRole('button', { name: 'One seat more' });
  await more.click();
  await expect(widget.getByRole('spinbutton', { name: 'Seats' })).toHaveValue('2');
  await expect(more).toHaveAttribute('aria-disabled', 'true');
  await more.dispatchEvent('click'); // bounded: stays at 2
  await expect(widget.getByRole('spinbutton', { name: 'Seats' })).toHaveValue('2');
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Lorraine Baines');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('lorraine@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await widget.getByRole('button', { name: 'Book another time' }).click();

  await expect(session(widget)).toHaveAccessibleName(/, Sold out$/);
  await expect(session(widget)).toBeDisabled();
  await expect(session(widget)).toContainText('Sold out');
});

test('the session fills while the visitor is on the form: "Only N seats left", then "just sold out"; typed details kept', async ({
  page,
  request,
}) => {
  const { projectId, ownerId } = await freshSession(request, 20, 5);
  const widget = await openSession(page, projectId);
  await session(widget).click();
  for (let n = 1; n < 4; n++) await widget.getByRole('button', { name: 'One seat more' }).click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('George McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('george@example.com');
  expect((await takeSeats(request, ownerId, 5)).status()).toBe(201);
  expect((await takeSeats(request, ownerId, 5)).status()).toBe(201);
  expect((await takeSeats(request, ownerId, 5)).status()).toBe(201);
  expect((await takeSeats(request, ownerId, 3)).status()).toBe(201); // 18 taken, 2 left

  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('alert')).toHaveText('Only 2 seats left. Your details are kept.');
  await expect(widget.getByRole('spinbutton', { name: 'Seats' })).toHaveValue('2');
  await expect(widget).toContainText('2 of 20 seats left');
  await expect(widget.getByRole('textbox', { name: /name/i }).first()).toHaveValue('George McFly');

  expect((await takeSeats(request, ownerId, 2)).status()).toBe(201); // now it is full
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('alert')).toContainText('This session just sold out.');
  await widget.getByRole('button', { name: 'Back to fresh times' }).click();
  await expect(session(widget)).toHaveAccessibleName(/, Sold out$/);
});

test('a customer cancellation (signed link) frees seats that the widget then shows', async ({ page, request }) => {
  const { projectId } = await freshSession(request, 20, 6);
  await page.addInitScript(() =>
    document.addEventListener(
      'booking:created',
      (e) => ((window as unknown as { created: string }).created = (e as CustomEvent).detail.data.id),
    ),
  );
  const widget = await openSession(page, projectId);
  await bookSeats(widget, 4, 'Jennifer Parker');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await widget.getByRole('button', { name: 'Book another time' }).click();
  await expect(session(widget)).toHaveAccessibleName(/, 16 of 20 seats left$/);

  const id = await page.evaluate(() => (window as unknown as { created: string }).created);
  const links = await request.get(`${API}bookings/${id}?include=action_links`, { headers: APP });
  const cancel = (await links.json()).data.action_links.cancel as string;
  const res = await request.get(cancel); // the customer's e-mail link: no key
  expect(res.status()).toBe(200);
  expect((await res.json()).data.state).toBe('cancelled_by_customer');

  await comeBack(page);
  await expect(session(widget)).toHaveAccessibleName(/, 20 of 20 seats left$/);
});

test('100 simultaneous seat requests at a 20-seat session take exactly 20; the widget shows it sold out', async ({ page, request }) => {
  const { projectId, ownerId } = await freshSession(request, 20, 7);
  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => takeSeats(request, ownerId, 1, `P${i}`)));
  const statuses = answers.map((a) => a.status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(20);
  expect(statuses.filter((s) => s === 422)).toHaveLength(80);
  const group = await request.get(`${API}bookings/groups/${ownerId}`, { headers: WIDGET });
  expect((await group.json()).data.attributes.group_booking).toEqual({ max_seats: 20, current_seats: 20 });

  const widget = await openSession(page, projectId);
  await expect(session(widget)).toHaveAccessibleName(/, Sold out$/);
  await expect(session(widget)).toBeDisabled();
});

test('a typed seat count is bounded (max_seats_per_booking 5) and Enter books it', async ({ page, request }) => {
  const { projectId } = await freshSession(request, 20, 8);
  await page.addInitScript(() =>
    document.addEventListener('booking:create-started', (e) => ((window as unknown as { req: unknown }).req = (e as CustomEvent).detail)),
  );
  const widget = await openSession(page, projectId);
  await session(widget).click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Dave McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('dave@example.com');
  const stepper = widget.getByRole('spinbutton', { name: 'Seats' });
  await stepper.fill('9');
  await stepper.press('Enter');
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(widget).toContainText('5 seats');
  expect(await page.evaluate(() => (window as unknown as { req: { related: unknown } }).req.related)).toMatchObject({ seats: 5 });
});
