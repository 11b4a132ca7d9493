/**
 * Mounting and destroying the widget over and over in a real Chromium, and what stays behind:
 * event listeners (all, and those on window and document), DOM nodes (a detached node kept alive
 * by a reference stays counted after garbage collection), pending timers and the JS heap.
 * Shared by `npm run bench` (bench/leaks.ts, 200 rounds, prints) and e2e/leaks.spec.ts (asserts).
 */
import type { CDPSession, Page } from '@playwright/test';

/** What is alive after a full garbage collection. */
export interface LeakCounts {
  /** Every JS event listener in the page (Chromium's `JSEventListeners`). */
  listeners: number;
  /** Listeners on `window` and `document`, where a forgotten one outlives the widget. */
  globalListeners: number;
  /** DOM nodes alive, attached or not (`Nodes`). */
  nodes: number;
  /** `setTimeout`/`setInterval` timers set and neither fired nor cleared. */
  timers: number;
  /** `JSHeapUsedSize` in MB. */
  heapMB: number;
}

/** A page with nothing but the script (on the demo server's origin, answered by the caller's route). */
export const LEAK_PAGE = '/leak-probe.html';
export const leakPageHtml = `<!doctype html><html lang="en"><title>Leak probe</title><body>
<script src="/demo-env.js"></script><script src="/dist/booking.js"></script></body></html>`;

/** Installed before any page script: counts timers that are pending. */
function timerProbe(): void {
  const pending = new Set<unknown>();
  const w = window as unknown as Record<string, (...a: unknown[]) => unknown> & { pendingTimers(): number };
  const set = w.setTimeout.bind(window);
  const clear = w.clearTimeout.bind(window);
  const every = w.setInterval.bind(window);
  const stop = w.clearInterval.bind(window);
  w.setTimeout = (fn: unknown, ms?: unknown, ...rest: unknown[]) => {
    const id = set(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ms,
      ...rest,
    );
    pending.add(id);
    return id;
  };
  w.clearTimeout = (id: unknown) => (pending.delete(id), clear(id));
  w.setInterval = (fn: unknown, ms?: unknown, ...rest: unknown[]) => {
    const id = every(fn, ms, ...rest);
    pending.add(id);
    return id;
  };
  w.clearInterval = (id: unknown) => (pending.delete(id), stop(id));
  w.pendingTimers = () => pending.size;
}

/** Opens the probe page (its route must answer `leakPageHtml`) and readies the counters. */
export async function openLeakProbe(page: Page): Promise<CDPSession> {
  // A page answered by a route counts as public to Chromium, which asks before it reaches loopback.
  await page.context().grantPermissions(['local-network-access']);
  await page.addInitScript(timerProbe);
  await page.route(LEAK_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: leakPageHtml }));
  await page.goto(LEAK_PAGE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

async function listenersOn(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.length;
}

/** Lets pending work settle, collects garbage twice, and counts. */
export async function countLeftovers(page: Page, cdp: CDPSession): Promise<LeakCounts> {
  await page.waitForTimeout(400); // Preact's after-paint timers, aborted fetches settling
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    listeners: metric('JSEventListeners'),
    globalListeners: (await listenersOn(cdp, 'window')) + (await listenersOn(cdp, 'document')),
    nodes: metric('Nodes'),
    timers: await page.evaluate(() => (window as unknown as { pendingTimers(): number }).pendingTimers()),
    heapMB: Math.round((metric('JSHeapUsedSize') / 1048576) * 100) / 100,
  };
}

/**
 * `rounds` mounts and destroys through the Booking.js global: round 0, 2, 4… destroy while the
 * times are still loading (the abort path), 1, 5, 9… once the calendar shows, 3, 7, 11… with the
 * booking form open (the lazily loaded steps and their styles).
 */
export async function mountAndDestroy(page: Page, rounds: number, from = 0): Promise<void> {
  for (let i = from; i < from + rounds; i++) {
    await page.evaluate(async (round) => {
      const env = (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV;
      const host = document.body.appendChild(document.createElement('div'));
      const Booking = (window as unknown as { TimekitBooking: new () => { init(c: object): { destroy(): void } } }).TimekitBooking;
      const widget = new Booking().init({
        el: host,
        app_key: env.widgetKey,
        api_base_url: env.apiBaseUrl,
        resources: ['11111111-1111-4111-8111-111111111111'],
        availability: { length: '30 minutes' },
      });
      // Plain loops, no inner named functions: tsx (bench) would wrap those in a helper the page lacks.
      const waitStarted = performance.now();
      const need = round % 4 === 3 ? 'form' : round % 2 === 1 ? 'open day' : '';
      while (need) {
        const shadow = host.shadowRoot;
        if (need === 'form' && shadow?.querySelector('form')) break;
        if (shadow?.querySelector('button.bw-open')) {
          if (need === 'open day') break;
          shadow.querySelector<HTMLButtonElement>('button.bw-slot')?.click();
        }
        if (performance.now() - waitStarted > 10_000)
          throw new Error(`round ${round}: no ${need} after 10 s: ${shadow?.textContent?.slice(0, 300)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      widget.destroy();
      host.remove();
    }, i);
  }
}
