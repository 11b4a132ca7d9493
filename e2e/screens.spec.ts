import type { Locator, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { INSTANTS } from './clock';
import { TEXTS } from './a11y-helpers';
import { DEMO } from '../src/mock-api/index';
import { answerFromOwnApi, type OwnApi } from './own-api';
import { chosenSlot, someoneElsesBooking } from './widget-helpers';

/**
 * Every step as a picture, at 1280 px (desktop) and 375 px (phone), light and dark, and in Arabic.
 * Each test has data of its own: a fresh in-memory mock API (demo seed) on a clock frozen at the
 * default suite instant, answering the widget's requests through `page.route` (no port, nothing
 * shared with the other specs), and a page of its own that mounts one widget with the test's
 * project, view and language. So what a screen shows depends only on what its test did. The
 * widget follows the system's colour scheme (`ui.theme: "auto"`, the same colours as `"dark"`), so
 * one page gives the light and the dark pictures by switching the emulated scheme.
 *
 * Baselines live beside this file (`screens.spec.ts-snapshots/`); `npm run screens` writes them
 * again and copies them into `docs/screens/`. The tolerance is small and not zero: font
 * antialiasing may differ by a few pixels between runs.
 */
const NOW = Date.parse(INSTANTS.weekday);
const API = 'https://api.screens.test/';
const same = { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 } as const;
const SIZES = [
  ['desktop', 1280],
  ['phone', 375],
] as const;
const HEIGHT = 1400;

// Every page's clock at the frozen instant (not the shared server's), so "today" is the same in every run.
const test = base.extend({ serverNow: async ({}, use) => use(NOW) });

interface Screen {
  project: string;
  locale?: 'en' | 'ar';
  view?: string;
  config?: string;
}

/** Opens a page with one widget for `s`, its requests answered by a fresh mock API of its own (`own`, or a new one). */
async function open(page: Page, s: Screen, own?: OwnApi): Promise<Locator> {
  if (!own) await answerFromOwnApi(page, API, NOW);
  const attrs = [
    `data-app-key="${DEMO.widgetKey}"`,
    `data-api-base-url="${API}"`,
    s.project ? `data-project-id="${s.project}"` : '',
    'data-theme="auto"',
    s.locale ? `data-locale="${s.locale}"` : '',
    s.view ? `data-view="${s.view}"` : '',
    s.config ? `data-config='${s.config}'` : '',
  ].join(' ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;padding:24px 16px;background:#f4f5f7}@media (prefers-color-scheme:dark){body{background:#0b0d10}}#widget{max-width:1000px;margin:auto}</style></head>
<body><div id="widget" data-booking-widget ${attrs}></div><script src="/dist/booking.js"></script></body></html>`;
  await page.route('**/screens-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/screens-page.html');
  return page.locator('#widget');
}

/**
 * The widget at 1280 px and at 375 px, light and (unless `lightOnly`) dark, each compared with its
 * baseline `<name>-<device>.png` / `dark-<name>-<device>.png`: the widget's box, down to at most
 * `HEIGHT` px of the page (the list of four weeks of times grows far longer: its top tells enough).
 */
async function shoot(page: Page, widget: Locator, name: string, lightOnly = false): Promise<void> {
  for (const scheme of lightOnly ? (['light'] as const) : (['light', 'dark'] as const)) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [device, width] of SIZES) {
      await page.setViewportSize({ width, height: HEIGHT });
      const box = await widget.evaluate((el) => (scrollTo(0, 0), el.getBoundingClientRect().toJSON() as DOMRect));
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, HEIGHT - box.y) };
      await expect(page).toHaveScreenshot(`${scheme === 'dark' ? 'dark-' : ''}${name}-${device}.png`, { ...same, clip });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The first time of the first open day. */
async function firstTime(widget: Locator, t = TEXTS.en): Promise<Locator> {
  const time = widget.locator('.bw-times .bw-slot').first();
  await expect(time).toBeVisible({ timeout: 30_000 });
  await expect(widget.getByRole('region', { name: new RegExp(`^${t.times_heading.split('{')[0]}`) })).toBeVisible();
  return time;
}

async function fill(widget: Locator, t = TEXTS.en): Promise<void> {
  await widget.getByRole('textbox', { name: t.field_title_name }).fill('Marty McFly');
  await widget.getByRole('textbox', { name: t.field_title_email }).fill('marty@example.com');
}

async function fillAndBook(widget: Locator, t = TEXTS.en): Promise<void> {
  await fill(widget, t);
  await widget.getByRole('button', { name: t.submit_button }).click();
}

const P = DEMO.projects;

/**
 * A group project whose March sessions (26 and 27 March, 20 seats each) are sold out and whose next
 * session (2 April) has 5 seats left: its month of March is fully booked.
 */
async function soldOutMarch(own: OwnApi): Promise<string> {
  const what = 'Flux capacitance webinar';
  const project = await own.call<{ id: string }>('POST', 'projects', {
    name: what,
    slug: 'sold-out-march',
    resources: [DEMO.resources.docBrown],
    availability: { length: '1 hour' },
    booking: { graph: 'group_customer', what, where: 'Online', max_seats_per_booking: 5 },
  });
  for (const [start, taken] of [
    ['2026-03-26T18:00:00Z', 20],
    ['2026-03-27T18:00:00Z', 20],
    ['2026-04-02T18:00:00Z', 15],
  ] as const) {
    const end = new Date(Date.parse(start) + 3_600_000).toISOString();
    const owner = await own.call<{ id: string }>('POST', 'bookings', {
      ...{ graph: 'group_owner', project_id: project.id, resource_id: DEMO.resources.docBrown, start, end, what, where: 'Online' },
      settings: { max_seats: 20, allow_double_bookings: true },
    });
    for (let k = 0; k < taken / 5; k++) {
      const customer = { name: `Visitor ${k}`, email: `visitor${k}@example.com` };
      await own.call('POST', 'bookings', { graph: 'group_customer', customer, related: { owner_booking_id: owner.id, seats: 5 } });
    }
  }
  return project.id;
}

// Desktop project only (no @phone tag): each test sets both widths itself. Up to eight pictures a
// test, each taken until two agree: more time than one booking needs.
test.describe('screens', () => {
  test.describe.configure({ timeout: 120_000 });

  test('month', async ({ page }) => {
    const widget = await open(page, { project: P.oneToOne });
    await firstTime(widget);
    await shoot(page, widget, 'month');
  });

  for (const view of ['week', 'list']) {
    test(view, async ({ page }) => {
      const widget = await open(page, { project: P.oneToOne, view });
      await expect(widget.locator('.bw-slot:visible').first()).toBeVisible({ timeout: 30_000 });
      await shoot(page, widget, view);
    });
  }

  test('group sessions', async ({ page }) => {
    const widget = await open(page, { project: P.webinar, view: 'list' });
    await expect(widget.locator('.bw-session').first()).toBeVisible({ timeout: 30_000 });
    await shoot(page, widget, 'group');
  });

  test('form with errors, then confirmation', async ({ page }) => {
    const widget = await open(page, { project: P.oneToOne });
    await (await firstTime(widget)).click();
    await widget.getByRole('button', { name: 'Book it' }).click();
    await expect(widget.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await shoot(page, widget, 'form-errors');
    await fillAndBook(widget);
    await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
    await shoot(page, widget, 'confirmation');
  });

  test('awaiting confirmation', async ({ page }) => {
    const widget = await open(page, { project: P.confirmDecline });
    await (await firstTime(widget)).click();
    await fillAndBook(widget);
    await expect(widget.getByRole('heading', { name: 'Request sent' })).toBeVisible();
    await shoot(page, widget, 'awaiting');
  });

  test('pending payment', async ({ page }) => {
    const widget = await open(page, { project: P.paidWebinar });
    await widget.locator('.bw-session:not([disabled])').first().click();
    await fillAndBook(widget);
    await expect(widget.getByRole('heading', { name: 'Held pending payment' })).toBeVisible();
    // The countdown follows the page's clock: stopped a minute after the frozen start, it shows the same time on every run.
    await page.clock.pauseAt(NOW + 60_000);
    await expect(widget.locator('.bw-hold')).toHaveText('Time left to pay: 4:00');
    await shoot(page, widget, 'pending-payment');
  });

  test('error view', async ({ page }) => {
    const widget = await open(page, { project: '', config: '{"resources": 5, "ui": {"availability_view": "year"}}' });
    await expect(widget.getByRole('heading', { name: 'This booking widget is not set up correctly' })).toBeVisible();
    await shoot(page, widget, 'error');
  });

  test('arabic: month, form with errors, confirmation', async ({ page }) => {
    const t = TEXTS.ar;
    const widget = await open(page, { project: P.oneToOne, locale: 'ar' });
    const time = await firstTime(widget, t);
    await shoot(page, widget, 'arabic-month', true);
    await time.click();
    await widget.getByRole('button', { name: t.submit_button }).click();
    await expect(widget.getByRole('textbox', { name: t.field_title_name })).toBeFocused();
    await shoot(page, widget, 'arabic-form-errors', true);
    await fillAndBook(widget, t);
    await expect(widget.locator('.bw-mark')).toBeVisible();
    await shoot(page, widget, 'arabic-confirmation', true);
  });

  test('taken time', async ({ page }) => {
    const own = await answerFromOwnApi(page, API, NOW);
    const widget = await open(page, { project: P.oneToOne }, own);
    await (await firstTime(widget)).click();
    await fill(widget);
    // Someone else books the chosen time between the pick and the submit.
    await own.call('POST', 'bookings', someoneElsesBooking(await chosenSlot(widget)));
    await widget.getByRole('button', { name: 'Book it' }).click();
    await expect(widget.getByRole('alert')).toContainText('that time was just taken');
    await expect(widget.getByRole('button', { name: 'Book it' })).toBeDisabled();
    await expect(widget.getByRole('button', { name: 'Back to fresh times' })).toBeFocused();
    await shoot(page, widget, 'taken');
  });

  test('group month sold out', async ({ page }) => {
    const own = await answerFromOwnApi(page, API, NOW);
    const widget = await open(page, { project: await soldOutMarch(own), view: 'month' }, own);
    // It opens on the first day with a free seat (2 April); March before it is fully booked.
    await expect(widget.getByRole('grid', { name: 'April 2026' })).toBeVisible({ timeout: 30_000 });
    await widget.getByRole('button', { name: 'Previous month' }).click();
    await widget.getByRole('button', { name: 'Thursday, March 26, 2026, fully booked' }).click();
    await expect(widget.getByText(/^Fully booked in March 2026: every session is sold out\./)).toBeVisible();
    await expect(widget.locator('.bw-session').first()).toBeVisible();
    await shoot(page, widget, 'group-sold-out');
  });
});
