/**
 * `npm run bench:first-time` (also part of `npm run bench`): how soon a visitor can click a time.
 *
 * Starts the mock API on loopback at a fixed instant with one resource open all day, serves five
 * pages (bench/firstTimePages.ts) and loads them in headless Chromium, each run in a fresh context
 * (nothing cached), the pages interleaved and their order rotated each round:
 *   - this widget, `dist/booking.js` by data attributes, with the README's `<script async src>`;
 *   - the same with a plain, parser-blocking `<script src>`;
 *   - Booking.js v3, the `timekit-booking` dev dependency's own build and CSS, at the same API;
 *   - the floor, a page whose only script fetches the same availability and draws one button;
 *   - the same floor with that script as a file (`<script src>`): what loading any script file costs.
 * It prints the medians from navigation to the first clickable time, the ratios to Booking.js and to
 * the floor, this widget's own figures (script evaluation, when the availability request leaves,
 * main-thread time between the answer and the first time, long tasks, layout shift), the widget
 * and the floors again with the server 40 and 100 ms farther away (bench/delayProxy.ts), and two
 * larger loads: a month of 2,000 times (and a day switch's main-thread time) and a 26-week list
 * (its longest task). The tables also go to bench/results.md. Needs `npm run build` first.
 *
 * `BENCH_RUNS` (default 12) sets the runs per page; `BENCH_API_PORT` / `BENCH_PAGE_PORT` pick the
 * ports (free ones otherwise).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { clockStartingAt, startApiServer } from '../src/mock-api/index';
import { load, root, servePages, type Run } from './firstTimeLoad';
import { bookingJsPage, floorPage, floorScript, widgetPage, type PageEnv } from './firstTimePages';
import { delayProxy } from './delayProxy';

/** A Tuesday morning; the four weeks after it cross Europe's change to summer time. */
const START = Date.parse('2026-03-10T08:00:00Z');
const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const SCALE_RUNS = 5;
/** The farther-server table's delays per request (ms). */
const DELAYS = [40, 100];

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The middle half of the runs (25th to 75th percentile, nearest rank): how much one page's loads spread. */
const middleHalf = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return '–';
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]);
  return `${at(0.25)}–${at(0.75)} ms`;
};
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '–');
const ms1 = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');

/** Page-side: switches between two open days six times, 400 ms apart; returns the click instants. */
const DAY_SWITCHES = `(async () => {
  const shadow = [...document.querySelectorAll('[data-booking-widget]')].map((h) => h.shadowRoot || h.firstElementChild?.shadowRoot).find(Boolean);
  const wait = (t) => new Promise((r) => setTimeout(r, t));
  const clicks = [];
  for (let i = 0; i < 6; i++) {
    await wait(400);
    const days = [...shadow.querySelectorAll('td:not([aria-selected="true"]) > button.bw-open')];
    clicks.push(performance.now());
    days[i % 2 ? 0 : Math.min(3, days.length - 1)].click();
  }
  await wait(400);
  return { clicks, shown: shadow.querySelectorAll('.bw-slot').length };
})()`;

/** Runs the whole benchmark, prints the tables and writes bench/results.md. */
export async function runFirstTimeBench(): Promise<void> {
  if (!existsSync(join(root, 'dist/booking.js'))) {
    console.log('dist/booking.js is missing: run `npm run build` first (skipped).');
    return;
  }
  const clock = clockStartingAt(START);
  const api = await startApiServer({ port: Number(process.env.BENCH_API_PORT ?? 0), seed: 'empty', clock });
  const made = await fetch(`${api.url}v2/resources`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`:${api.keys.appKey}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Open all day', timezone: 'UTC' }),
  });
  const env: PageEnv = {
    apiBaseUrl: api.url,
    widgetKey: api.keys.widgetKey,
    resourceId: ((await made.json()) as { data: { id: string } }).data.id,
  };
  const farPages = (e: PageEnv) => ({
    '/widget.html': widgetPage(e),
    '/floor.html': floorPage(e),
    '/floor-file.html': floorPage(e, '/floor.js'),
    '/floor.js': floorScript(e),
  });
  const pages: Record<string, string> = {
    ...farPages(env),
    '/widget-plain.html': widgetPage(env, {}, undefined, 'plain'),
    '/bookingjs.html': bookingJsPage(env),
    // 20-minute times over the four weeks the API answers by default: 72 a day, 2,016 in all.
    '/month-2000.html': widgetPage(env, { availability: { length: '20 minutes' } }),
    '/list-26-weeks.html': widgetPage(env, { availability: { to: '26 weeks' } }, 'list'),
  };
  const server = await servePages(pages, Number(process.env.BENCH_PAGE_PORT ?? 0));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const envPath = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  const executablePath = envPath !== undefined ? envPath || undefined : existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  // Nothing but loopback resolves: Booking.js's web fonts fail at once instead of waiting on the network.
  const args = [
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...(process.getuid?.() === 0 ? ['--no-sandbox', '--disable-gpu'] : []),
  ];
  const browser = await chromium.launch({ executablePath, args });
  const shift = () => clock.now() - Date.now();
  try {
    const names = ['this widget', 'this widget, plain `<script src>`', 'Booking.js v3', 'floor', 'floor, its script as a file'] as const;
    const urls = ['/widget.html', '/widget-plain.html', '/bookingjs.html', '/floor.html', '/floor-file.html'];
    const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
    for (const url of urls) await load(browser, base + url, shift()); // warm-up: the browser, the server, the JIT
    for (let r = 0; r < RUNS; r++) {
      for (let k = 0; k < urls.length; k++) {
        const i = (r + k) % urls.length;
        runs[names[i]].push(await load(browser, base + urls[i], shift()));
      }
    }
    // The same three pages with every request a round trip farther away (delayProxy.ts): the
    // widget's own work then partly overlaps the waits, as on a real network.
    const far: Record<number, Record<string, number[]>> = {};
    for (const delay of DELAYS) {
      const api2 = await delayProxy(Number(new URL(api.url).port), delay);
      const env2 = { ...env, apiBaseUrl: `http://127.0.0.1:${(api2.address() as { port: number }).port}/` };
      const pages2 = await servePages(farPages(env2), 0);
      const site = await delayProxy((pages2.address() as { port: number }).port, delay);
      const farUrls = ['/widget.html', '/floor.html', '/floor-file.html'];
      const at = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
      far[delay] = Object.fromEntries(farUrls.map((u) => [u, []]));
      for (const url of farUrls) await load(browser, at + url, shift());
      for (let r = 0; r < RUNS; r++)
        for (let k = 0; k < farUrls.length; k++) {
          const url = farUrls[(r + k) % farUrls.length];
          far[delay][url].push((await load(browser, at + url, shift())).first);
        }
      for (const s of [api2, pages2, site]) s.close();
    }
    const probed: Run[] = [];
    for (let r = 0; r < SCALE_RUNS; r++) probed.push(await load(browser, `${base}/widget.html`, shift(), true));
    const month: Array<Run & { shown?: number }> = [];
    for (let r = 0; r < SCALE_RUNS; r++) month.push(await load(browser, `${base}/month-2000.html`, shift(), true, DAY_SWITCHES));
    const list: Run[] = [];
    for (let r = 0; r < SCALE_RUNS; r++) list.push(await load(browser, `${base}/list-26-weeks.html`, shift(), true));

    const first = Object.fromEntries(names.map((n) => [n, median(runs[n].map((x) => x.first))]));
    const w = runs['this widget'];
    const lines: string[] = [];
    const out = (s = '') => lines.push(s);
    out(`Navigation to the first clickable time, median of ${RUNS} interleaved runs per page (headless Chromium, API on loopback):`);
    out();
    out('| page | first time | middle half of the runs | Booking.js ÷ page (times sooner) | page ÷ floor |');
    out('|---|---|---|---|---|');
    for (const n of names)
      out(
        `| ${n} | ${ms(first[n])} | ${middleHalf(runs[n].map((x) => x.first))} | ${(first['Booking.js v3'] / first[n]).toFixed(2)}x | ${(first[n] / first.floor).toFixed(2)}x |`,
      );
    out();
    out(
      'The ratios are of medians from one run; how far the loads of one page spread (the middle half) says how much a ratio can move between runs on this machine.',
    );
    out();
    const file = first['floor, its script as a file'];
    out(
      `The floor with its script in a file of its own (\`<script src>\`, as every embed is) took ${(file / first.floor).toFixed(2)}x the inline floor's time: what loading a script file alone costs. This widget ÷ that page: ${(first['this widget'] / file).toFixed(2)}x.`,
    );
    out();
    out(
      `This widget's tag is the README's \`<script async src>\`; with a plain, parser-blocking \`<script src>\` its first time came ${(first['this widget, plain `<script src>`'] / first['this widget']).toFixed(2)}x as late.`,
    );
    out();
    out(
      `With the server farther away: every request (the page, the scripts, the CORS preflight, the API call) answered that much later, median of ${RUNS} interleaved runs per page:`,
    );
    out();
    out('| added per request | this widget | floor | floor, its script as a file | this widget ÷ floor | this widget ÷ floor as a file |');
    out('|---|---|---|---|---|---|');
    for (const delay of DELAYS) {
      const [wf, f, ff] = ['/widget.html', '/floor.html', '/floor-file.html'].map((u) => median(far[delay][u]));
      out(`| ${delay} ms | ${ms(wf)} | ${ms(f)} | ${ms(ff)} | ${(wf / f).toFixed(2)}x | ${(wf / ff).toFixed(2)}x |`);
    }
    out();
    out('This widget, medians (ms after navigation unless said):');
    out();
    out('| figure | value |');
    out('|---|---|');
    out(`| booking.js loaded | ${ms(median(w.map((x) => x.scriptEnd!)))} |`);
    out(
      `| script evaluation: booking.js and the start it queues, main-thread CPU time (${SCALE_RUNS} traced runs) | ${ms1(median(probed.map((x) => x.scriptEval!)))} |`,
    );
    out(
      `| availability request leaves | ${ms(median(w.map((x) => x.requestStart!)))} (${ms(median(w.map((x) => x.requestStart! - x.scriptEnd!)))} after the script loaded) |`,
    );
    out(`| answer received | ${ms(median(w.map((x) => x.answerEnd!)))} |`);
    out(`| answer → first time, wall clock | ${ms(median(w.map((x) => x.first - x.answerEnd!)))} |`);
    out(
      `| answer → first time, main-thread CPU time (${SCALE_RUNS} traced runs) | ${ms1(median(probed.map((x) => x.busyAfterAnswer!)))} |`,
    );
    out(
      `| longest task from the answer until 300 ms after the first time, CPU time (traced runs) | ${ms1(median(probed.map((x) => x.longest!)))} |`,
    );
    out(
      `| long tasks (over 50 ms) per load, until 300 ms after the first time | ${median(w.map((x) => x.longTasks.length))} (total ${ms(median(w.map((x) => x.longTasks.reduce((a, b) => a + b, 0))))}) |`,
    );
    out(`| layout shift (CLS) | ${median(w.map((x) => x.cls)).toFixed(3)} |`);
    out();
    const switches = month.flatMap((x) => x.switches ?? []);
    const shown = month[0].shown;
    const listLongest = median(list.map((x) => x.longest!));
    out(`Larger loads (this widget, ${SCALE_RUNS} traced runs each; main-thread figures are CPU time):`);
    out();
    out('| load | first time | figure | target |');
    out('|---|---|---|---|');
    out(
      `| month view, 2,016 times over 4 weeks (${shown} on the chosen day) | ${ms(median(month.map((x) => x.first)))} | day switch: median ${ms1(median(switches))}, worst ${ms1(Math.max(...switches))} main-thread time | under 16 ms: ${median(switches) < 16 ? 'met' : 'MISSED'} |`,
    );
    out(
      `| list view, 26 weeks of hourly times | ${ms(median(list.map((x) => x.first)))} | longest task from the answer until 300 ms after the first time: median ${ms1(listLongest)}, worst ${ms1(Math.max(...list.map((x) => x.longest!)))} | under 50 ms: ${listLongest < 50 ? 'met' : 'MISSED'} |`,
    );
    const text = lines.join('\n');
    console.log(text);
    writeFileSync(
      join(root, 'bench/results.md'),
      `# First clickable time (\`npm run bench:first-time\`)\n\nOne run on a shared machine: compare the ratios, not the absolute times.\n\n${text}\n`,
    );
    console.log('\n(written to bench/results.md)');
  } finally {
    await browser.close();
    server.close();
    await api.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runFirstTimeBench();
