import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { expect, installServerClock, test } from './fixtures';
import { axeViolations } from './a11y-helpers';

// Holds (issue 12, our API): a picked time is held while the visitor types, hidden from everyone
// else, given back on "Back to times"; the form counts it down and says when it ended. Each test
// makes its own resource and project, so no other spec books or holds these times.
const API = `http://127.0.0.1:${Number(process.env.E2E_API_PORT ?? 18787)}/v2/`;
const APP = { authorization: `Basic ${Buffer.from(':test_api_key_demo').toString('base64')}` };

async function post<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const res = await request.post(API + path, { data, headers: APP });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return (await res.json()).data as T;
}

/** A fresh resource and a project booking it for 30 minutes with `booking` settings. */
async function freshProject(request: APIRequestContext, booking: Record<string, unknown>): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const resource = await post<{ id: string }>(request, 'resources', { name: `Hold tester ${tag}`, timezone: 'Europe/London' });
  const project = await post<{ id: string }>(request, 'projects', {
    name: `Holds ${tag}`,
    slug: `holds-${tag}`,
    resources: [resource.id],
    availability: { length: '30 minutes', to: '3 days' },
    availability_constraints: [{ allow_hours: { start: 9, end: 12 } }],
    booking,
  });
  return project.id;
}

/** The page's widget with its times listed (payment.html takes any project id). */
async function open(page: Page, project: string): Promise<Locator> {
  await page.goto(`/payment.html?project=${project}`);
  const widget = page.locator('#bookingjs');
  await expect(widget.locator('.bw-slot:visible').first()).toBeVisible();
  return widget;
}

async function secondVisitor(browser: Browser, serverNow: number) {
  const context = await browser.newContext();
  await installServerClock(context, serverNow);
  return { context, page: await context.newPage() };
}

test('a held time is hidden from a second visitor until released; the form counts down and says when the hold ended', async ({
  page,
  request,
  browser,
  serverNow,
}, testInfo) => {
  // The server's clock runs in real time: its 30-second hold ends about half a minute in.
  test.setTimeout(120_000);
  const project = await freshProject(request, { graph: 'instant', hold: '30 seconds' });
  const widget = await open(page, project);
  const first = widget.locator('.bw-slot:visible').first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(widget).toContainText(/Held for you: 0:(30|29|28) left/);
  expect(await axeViolations(page, '#bookingjs'), 'the form with its countdown').toEqual([]);

  const other = await secondVisitor(browser, serverNow);
  const otherWidget = await open(other.page, project);
  await expect(otherWidget.locator('.bw-slot:visible').first()).not.toHaveText(name);

  // Back to times gives the hold back: the second visitor sees the time again.
  await widget.getByRole('button', { name: /Back to times/ }).click();
  await other.page.reload();
  await expect(otherWidget.locator('.bw-slot:visible').first()).toHaveText(name);

  // Held again, then its time runs out on the page's clock: the form says so and keeps what was typed.
  await widget.locator('.bw-slot:visible').first().click();
  await expect(widget).toContainText(/Held for you: 0:\d\d left/);
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
  await page.clock.runFor(31_000);
  await expect(widget).toContainText('Your hold on this time has ended. Your details are kept: choose a fresh time.');
  await expect(widget.getByRole('button', { name: 'Book it' })).toBeDisabled();
  expect(await axeViolations(page, '#bookingjs'), 'the form after the hold ended').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('hold-ended.png'), fullPage: true });
  // The server ends it on its own clock (real time since its start): the second visitor gets it back.
  await expect(async () => {
    await other.page.reload();
    await expect(otherWidget.locator('.bw-slot:visible').first()).toHaveText(name, { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await widget.getByRole('button', { name: 'Back to fresh times' }).click();
  await widget.locator('.bw-slot:visible').first().click();
  await expect(widget.getByRole('textbox', { name: /name/i }).first()).toHaveValue('Marty McFly');
  await other.context.close();
});

test('a held time is converted by the booking', async ({ page, request }) => {
  const project = await freshProject(request, { graph: 'instant', hold: '5 minutes' });
  const widget = await open(page, project);
  const events: string[] = [];
  await page.exposeFunction('recordHold', (type: string) => events.push(type));
  await page.evaluate(() =>
    ['booking:hold-started', 'booking:created'].forEach((t) =>
      document.addEventListener(t, () => (window as unknown as { recordHold(t: string): void }).recordHold(t)),
    ),
  );
  await widget.locator('.bw-slot:visible').first().click();
  await expect(widget).toContainText(/Held for you: [45]:\d\d left/);
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('marty@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: /booked/i })).toBeVisible();
  expect(events).toEqual(['booking:hold-started', 'booking:created']);
  const holds = await request.get(API + 'holds', { headers: APP });
  const live = ((await holds.json()).data as Array<{ project_id: string }>).filter((h) => h.project_id === project);
  expect(live).toEqual([]);
});

test('a payment hold counts down and ends with "This hold has ended" and a way to start again', async ({ page, request }) => {
  const project = await freshProject(request, { graph: 'instant_payment' });
  const widget = await open(page, project);
  await widget.locator('.bw-slot:visible').first().click();
  await widget.getByRole('textbox', { name: /name/i }).first().fill('Clara Clayton');
  await widget.getByRole('textbox', { name: /e-?mail/i }).fill('clara@example.com');
  await widget.getByRole('button', { name: 'Book it' }).click();
  await expect(widget.getByRole('heading', { name: 'Held pending payment' })).toBeVisible();
  await expect(widget).toContainText(/Time left to pay: [45]:\d\d/);
  await page.clock.runFor(5 * 60_000);
  await expect(widget.getByRole('heading', { name: 'This hold has ended' })).toBeVisible();
  await expect(widget).toContainText('The time was not paid for in time and is free again.');
  expect(await axeViolations(page, '#bookingjs'), 'the ended payment hold').toEqual([]);
  await widget.getByRole('button', { name: 'Start again' }).click();
  await expect(widget.locator('.bw-slot:visible').first()).toBeVisible();
});
