/**
 * The first-time benchmark's page server and page loader (bench/first-time.ts runs them): pages by
 * path and files under /dist/ and /vendor/timekit-booking/; one load in a fresh Chromium context,
 * read once a time can be clicked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { FIRST_SIGNAL, initScript } from './firstTimePages';
import { traceMainThread } from './trace';

/** The project's folder. */
export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The visitor's zone in every load. */
const ZONE = 'Europe/London';

/** One page load's figures, in ms after navigation (null where the page has no such thing). */
export interface Run {
  first: number;
  scriptEnd: number | null;
  /** CPU time of booking.js's evaluation and the start it queues (traced runs only). */
  scriptEval: number | null;
  requestStart: number | null;
  answerEnd: number | null;
  longTasks: number[];
  cls: number;
  busyAfterAnswer: number | null;
  longest: number | null;
  switches?: number[];
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MOUNTS: Array<[string, string]> = [
  ['/dist/', join(root, 'dist')],
  ['/vendor/timekit-booking/', join(root, 'node_modules/timekit-booking/public/build')],
];

/** Serves the pages by path (HTML, or JavaScript for a `.js` path) and files under /dist/ and /vendor/timekit-booking/. */
export function servePages(pages: Record<string, string>, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages[path]) {
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
      return void res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(pages[path]);
    }
    for (const [prefix, dir] of MOUNTS) {
      const file = resolve(dir, normalize(decodeURIComponent(path.slice(prefix.length))).replace(/^[/\\]+/, ''));
      if (path.startsWith(prefix) && file.startsWith(dir + sep) && existsSync(file)) {
        return void res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
          .end(readFileSync(file));
      }
    }
    res.writeHead(404).end();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * Loads `url` in a fresh context and reads its figures once a time can be clicked (and 300 ms more
 * for shifts and long tasks). `traced`: a Chromium trace gives the main thread's CPU time after the
 * answer and the longest task; `after` (page-side, returning `{ clicks: number[] }`, click instants)
 * then runs, and each click's main-thread time over the next 300 ms is read from the same trace.
 */
export async function load(
  browser: Browser,
  url: string,
  shift: number,
  traced = false,
  after?: string,
): Promise<Run & { clicks?: number[]; shown?: number }> {
  const context = await browser.newContext({ timezoneId: ZONE, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: initScript(shift) });
    const trace = traced ? await traceMainThread(page) : null;
    // Nothing of Playwright's runs in the page until the figures are read: the page says when (FIRST_SIGNAL).
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_SIGNAL, timeout: 30_000 }).catch(() => {
      throw new Error(`${url}: no clickable time within 30 s${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await shown;
    await page.waitForTimeout(300);
    const run = (await page.evaluate(`(() => {
      const b = window.__bench;
      const entries = performance.getEntriesByType('resource');
      const script = entries.find((e) => /\\/dist\\/booking\\.js$/.test(e.name));
      const answer = entries.find((e) => /\\/v2\\/availability$/.test(e.name));
      return {
        first: b.first, scriptEnd: script ? script.responseEnd : null, scriptEval: null,
        requestStart: answer ? answer.startTime : null, answerEnd: answer ? answer.responseEnd : null,
        longTasks: b.longTasks, cls: b.cls, busyAfterAnswer: null, longest: null,
      };
    })()`)) as Run & { clicks?: number[]; shown?: number; switches?: number[] };
    const extra = after ? ((await page.evaluate(after)) as { clicks: number[]; shown: number }) : undefined;
    if (trace) {
      const main = await trace.stop(url);
      if (run.answerEnd !== null) run.busyAfterAnswer = main.busy(run.answerEnd, run.first);
      run.scriptEval = main.scriptEval('/dist/booking.js');
      // From the answer on: the work the times cause (the script's own evaluation is its own row).
      run.longest = main.longest(run.answerEnd ?? 0, run.first + 300);
      if (extra) run.switches = extra.clicks.map((t) => main.busy(t - 1, t + 300));
      run.shown = extra?.shown;
    }
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
    return run;
  } finally {
    await context.close();
  }
}
