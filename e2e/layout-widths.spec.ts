import type { Locator, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { INSTANTS } from './clock';
import { DEMO } from '../src/mock-api/index';
import { answerFromOwnApi } from './own-api';

/**
 * The month by the widget's own width: from 760 to 880 px the details used to sit beside a month
 * squeezed to 30 px days whose numbers broke in two; and a day's times cut off by the month's
 * height must show "More times ↓" (it never did: its scroll timeline named the pseudo-element itself).
 * Each test answers the widget from a fresh in-memory mock API (demo seed, frozen clock), as screens.spec.ts does.
 */
const NOW = Date.parse(INSTANTS.weekday);
const API = 'https://api.layout.test/';
const test = base.extend({ serverNow: async ({}, use) => use(NOW) });

async function open(page: Page, project: string, width: number): Promise<Locator> {
  await answerFromOwnApi(page, API, NOW);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0"><div id="widget" style="width:${width}px" data-booking-widget data-app-key="${DEMO.widgetKey}" data-api-base-url="${API}" data-project-id="${project}"></div>
<script src="/dist/booking.js"></script></body></html>`;
  await page.route('**/layout-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto('/layout-page.html');
  const widget = page.locator('#widget');
  await expect(widget.locator('.bw-times .bw-slot').first()).toBeVisible({ timeout: 30_000 });
  return widget;
}

/** Each open day's width and how many lines its number takes. */
function openDays(widget: Locator) {
  return widget.locator('.bw-day.bw-open').evaluateAll((days) =>
    days.map((d) => {
      const range = document.createRange();
      range.selectNodeContents(d);
      return { width: d.getBoundingClientRect().width, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
    }),
  );
}

test.describe('the month by the widget width', () => {
  for (const width of [320, 760, 800, 860, 1000]) {
    test(`${width} px: every open day is a round button at least 36 px wide with its number on one line`, async ({ page }) => {
      await page.setViewportSize({ width: Math.max(width, 400), height: 900 });
      const widget = await open(page, DEMO.projects.oneToOne, width);
      const days = await openDays(widget);
      expect(days.length).toBeGreaterThan(0);
      for (const d of days) {
        expect(d.lines).toBe(1);
        expect(d.width).toBeGreaterThanOrEqual(36);
      }
    });
  }

  test('times cut off by the month show "More times ↓" until the end is reached; times that fit do not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const more = (w: Locator) => w.locator('.bw-times').evaluate((el) => getComputedStyle(el, '::after').opacity);
    // The team's day has more times than the month's height holds.
    const team = await open(page, DEMO.projects.roundRobin, 1000);
    const times = team.locator('.bw-times');
    expect(await times.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expect.poll(() => more(team)).toBe('1');
    await times.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => more(team)).toBe('0');
    // The sign takes no clicks: the last time, under where it was, opens the form.
    await times.locator('.bw-slot').last().click();
    await expect(team.getByRole('button', { name: 'Book it' })).toBeVisible();
    // Doc Brown's day fits: no sign.
    const doc = await open(page, DEMO.projects.oneToOne, 1000);
    expect(await doc.locator('.bw-times').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(false);
    await expect.poll(() => more(doc)).toBe('0');
  });
});
