import { createServer, type Server } from 'node:http';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { axeViolations, tabNext, tabTo } from './a11y-helpers';
import { expect, test } from './fixtures';
import { API, APP, freshSession, post, WHAT, WIDGET } from './group-helpers';

// The waitlist of a sold-out group session (issue 12): the visitor's side in the widget, the
// organiser's list on /owner/, and the `waitlist` webhook naming the first person when a seat frees
// up. Every test makes its own project and session with the app key, so parallel runs share nothing.
/** A fresh group project with one 2-seat session `daysAhead` days out at 18:00 UTC, one seat taken by Biff (API). */
async function nearlyFull(request: APIRequestContext, daysAhead: number) {
  const { projectId, ownerId } = await freshSession(request, 2, daysAhead);
  const owner = { id: ownerId };
  const biff = await post<{ id: string }>(
    request,
    'bookings',
    {
      graph: 'group_customer',
      customer: { name: 'Biff Tannen', email: 'biff@example.com' },
      related: { owner_booking_id: owner.id, seats: 1 },
    },
    WIDGET,
  );
  return { projectId, ownerId, biffSeat: biff.id };
}

const session = (widget: Locator) => widget.getByRole('button', { name: new RegExp(`^${WHAT}, `) });
const joinButton = (widget: Locator) => widget.getByRole('button', { name: new RegExp(`^Join the waitlist for ${WHAT}, `) });
const heading = (widget: Locator, name: string | RegExp) => widget.getByRole('heading', { level: 2, name });

/** Opens the project's sessions with every `booking:waitlist-joined` recorded in `window.__joined`. */
async function openSessions(page: Page, projectId: string): Promise<Locator> {
  await page.addInitScript(() => {
    const w = window as unknown as { __joined: unknown[] };
    w.__joined = [];
    document.addEventListener('booking:waitlist-joined', (e) => w.__joined.push((e as CustomEvent).detail));
  });
  await page.goto(`/group.html?project=${projectId}`);
  const widget = page.locator('#widget');
  // The first screen waits for both files (group sessions): generous on a busy machine.
  await expect(session(widget)).toBeVisible({ timeout: 30_000 });
  return widget;
}

/** The visitor takes the last seat in the widget and comes back to the sessions: sold out. */
async function takeLastSeat(widget: Locator) {
  await expect(session(widget)).toHaveAccessibleName(/, 1 of 2 seats? left$/);
  await session(widget).click();
  await widget.getByRole('textbox', { name: 'Name' }).fill('Marty McFly');
  await widget.getByRole('textbox', { name: 'E-mail' }).fill('marty@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(heading(widget, 'You are booked')).toBeVisible();
  await widget.getByRole('button', { name: 'Book another time' }).click();
  await expect(session(widget)).toHaveAccessibleName(/, Sold out$/);
  await expect(session(widget)).toBeDisabled();
}

/** A webhook receiver on this machine, registered with the API for `waitlist` events; `close` unregisters it. */
async function waitlistHook(request: APIRequestContext) {
  const bodies: Array<{
    event: string;
    session: { id: string };
    seats_freed: number;
    waitlist: Array<{ name: string; position: number }>;
  }> = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      bodies.push(JSON.parse(raw));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const hook = await post<{ id: string }>(request, 'webhooks', { url: `http://127.0.0.1:${port}/waitlist`, event: 'waitlist' });
  return {
    bodies,
    hookId: hook.id,
    async close() {
      await request.delete(`${API}webhooks/${hook.id}`, { headers: APP });
      await new Promise((r) => server.close(r));
    },
  };
}

test('a visitor joins a sold-out session’s waitlist; the organiser sees them; a seat given back names them in the webhook', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.slow(); // a booking, two axe runs, the owner page and a webhook round trip
  const { projectId, ownerId, biffSeat } = await nearlyFull(request, 3);
  const hook = await waitlistHook(request);
  try {
    const widget = await openSessions(page, projectId);
    await takeLastSeat(widget);

    // The sold-out card offers its waitlist; the form opens with focus on its heading.
    await joinButton(widget).click();
    await expect(heading(widget, 'Join the waitlist')).toBeFocused();
    await expect(widget.getByText(/organiser is told who is next/)).toBeVisible();
    // The booking form's name and e-mail are a start; the visitor changes them.
    await expect(widget.getByRole('textbox', { name: 'Name' })).toHaveValue('Marty McFly');
    await widget.getByRole('textbox', { name: 'Name' }).fill('');
    await widget.getByRole('textbox', { name: 'E-mail' }).fill('lorraine');
    await widget.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(widget.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expect(widget.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name is required');
    await expect(widget.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'E-mail must be an email address like name@example.com',
    );
    await expect(widget.getByRole('status')).toHaveText('2 fields need your attention');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('waitlist-form.png'), fullPage: true });

    await widget.getByRole('textbox', { name: 'Name' }).fill('Lorraine Baines');
    await widget.getByRole('textbox', { name: 'E-mail' }).fill('lorraine@example.com');
    await widget.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(heading(widget, 'You are on the waitlist')).toBeFocused();
    await expect(widget.getByRole('status')).toHaveText('You are on the waitlist');
    await expect(widget.getByText(new RegExp(`^You are number 1 on the waitlist for ${WHAT}, `))).toBeVisible();
    await expect(widget.getByText(/no seat is held for you.*contact you at lorraine@example\.com\.$/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('waitlist-joined.png'), fullPage: true });
    const joined = await page.evaluate(() => (window as unknown as { __joined: unknown[] }).__joined);
    expect(joined).toEqual([
      {
        entry: { id: expect.any(String), session_id: ownerId, position: 1, already_joined: false },
        slot: expect.objectContaining({ group: expect.objectContaining({ id: ownerId, what: WHAT }) }),
      },
    ]);

    // The organiser's page lists the waitlist.
    const owner = await context.newPage();
    await owner.goto(`/owner/?project=${projectId}`);
    const list = owner.getByRole('table', { name: 'Waitlist (1 person)' });
    await expect(list.getByRole('row', { name: /^1 Lorraine Baines lorraine@example\.com .* Not yet$/ })).toBeVisible();

    // A seat given back: the webhook names Lorraine, and the organiser's page says she was told.
    expect((await request.put(`${API}bookings/${biffSeat}/cancel_by_owner`, { headers: APP })).status()).toBe(200);
    await expect.poll(() => hook.bodies.filter((b) => b.session.id === ownerId).length).toBe(1);
    const [event] = hook.bodies.filter((b) => b.session.id === ownerId);
    expect(event).toMatchObject({ event: 'waitlist.seats_freed', seats_freed: 1 });
    expect(event.waitlist.map((e) => [e.position, e.name])).toEqual([[1, 'Lorraine Baines']]);
    await owner.getByRole('button', { name: 'Refresh' }).click();
    await expect(
      owner.getByRole('table', { name: 'Waitlist (1 person)' }).getByRole('row', { name: /^1 Lorraine Baines / }),
    ).not.toContainText('Not yet');
    await owner.screenshot({ path: testInfo.outputPath('owner-waitlist.png'), fullPage: true });

    // Back in the widget: "Back to sessions" re-reads the counts; the freed seat is offered again.
    await page.bringToFront();
    await widget.getByRole('button', { name: 'Back to sessions' }).click();
    await expect(session(widget)).toHaveAccessibleName(/, 1 of 2 seats? left$/);
    await expect(joinButton(widget)).toHaveCount(0);
  } finally {
    await hook.close();
  }
});

test('keyboard only: join a waitlist from the sold-out card and come back to the sessions', async ({ page, request }) => {
  const { projectId, ownerId } = await nearlyFull(request, 4);
  expect(
    (
      await request.post(API + 'bookings', {
        headers: WIDGET,
        data: { graph: 'group_customer', customer: { name: 'Jennifer', email: 'jen@example.com' }, related: { owner_booking_id: ownerId } },
      })
    ).status(),
  ).toBe(201);
  const widget = await openSessions(page, projectId);
  await expect(session(widget)).toBeDisabled();
  // Tab to the waitlist button (the sold-out card itself is disabled, so not in the Tab order).
  await tabTo(page, joinButton(widget), 30);
  await page.keyboard.press('Enter');
  await expect(heading(widget, 'Join the waitlist')).toBeFocused();
  // Heading → "Back to sessions" → Name → E-mail → "Join the waitlist".
  await tabNext(page, widget.getByRole('button', { name: 'Back to sessions' }));
  await tabNext(page, widget.getByRole('textbox', { name: 'Name' }));
  await page.keyboard.type('George McFly');
  await tabNext(page, widget.getByRole('textbox', { name: 'E-mail' }));
  await page.keyboard.type('george@example.com');
  await page.keyboard.press('Enter'); // submits the form
  await expect(heading(widget, 'You are on the waitlist')).toBeFocused();
  await tabNext(page, widget.getByRole('button', { name: 'Back to sessions' }));
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: 'Choose a day' })).toBeFocused();
  await expect(joinButton(widget)).toBeVisible();
});

test('the waitlist screens at 1280 and 375 px', async ({ page, request }, testInfo) => {
  test.slow(); // two widths, three screens and axe each
  const { projectId, ownerId } = await nearlyFull(request, 5);
  await request.post(API + 'bookings', {
    headers: WIDGET,
    data: { graph: 'group_customer', customer: { name: 'Jennifer', email: 'jen@example.com' }, related: { owner_booking_id: ownerId } },
  });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    const widget = await openSessions(page, projectId);
    await page.screenshot({ path: testInfo.outputPath(`sessions-${width}.png`), fullPage: true });
    await joinButton(widget).click();
    await widget.getByRole('textbox', { name: 'Name' }).fill('Dave McFly');
    await widget.getByRole('textbox', { name: 'E-mail' }).fill(`dave-${width}@example.com`);
    await page.screenshot({ path: testInfo.outputPath(`form-${width}.png`), fullPage: true });
    await widget.getByRole('button', { name: 'Join the waitlist' }).click();
    await expect(heading(widget, 'You are on the waitlist')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`joined-${width}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  }
});
