/**
 * Main-thread work of a page from a Chromium trace, in CPU time: the time each task ran on the
 * renderer's main thread by the thread's own clock (`tdur`), so a busy machine that takes the CPU
 * away from the page does not count as the page's work. Used by bench/first-time.ts.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean; url?: string } };
}

/** The tasks of the page's main thread, in ms after its navigation: start, wall duration, CPU time. */
export interface MainThread {
  tasks: Array<{ start: number; wall: number; cpu: number }>;
  /** CPU time of the tasks that start in [from, to) (ms after navigation). */
  busy(from: number, to: number): number;
  /** The most CPU time one task took in [from, to). */
  longest(from?: number, to?: number): number;
  /**
   * CPU time of the evaluation of the scripts whose URL ends with `suffix`, summed (NaN if none ran):
   * the script's top level and the microtasks that run right after it (where the widget starts).
   */
  scriptEval(suffix: string): number;
}

/** Starts tracing a page; `stop()` ends it and reads its main thread. */
export async function traceMainThread(page: Page): Promise<{ stop(url: string): Promise<MainThread> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'],
      enableSampling: false,
    },
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop(url) {
      const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
      await cdp.send('Tracing.end');
      const stream = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      await cdp.detach();
      const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
      return readMainThread(Array.isArray(parsed) ? parsed : parsed.traceEvents, url);
    },
  };
}

function readMainThread(events: TraceEvent[], url: string): MainThread {
  // The navigation to `url` in the main frame: its renderer and the instant performance.now() counts from.
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL === url)
    .at(-1);
  if (!nav) throw new Error(`trace: no navigationStart for ${url}`);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? nav.tid;
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === nav.pid && e.tid === tid && e.ts >= nav.ts)
    .map((e) => ({ start: (e.ts - nav.ts) / 1000, wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
  const evals = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.pid === nav.pid && e.tid === tid && e.ts >= nav.ts);
  const within = (from: number, to: number) => tasks.filter((t) => t.start >= from && t.start < to);
  return {
    tasks,
    busy: (from, to) => within(from, to).reduce((sum, t) => sum + t.cpu, 0),
    longest: (from = 0, to = Infinity) => within(from, to).reduce((max, t) => Math.max(max, t.cpu), 0),
    scriptEval: (suffix) => {
      const mine = evals.filter((e) => e.args?.data?.url?.endsWith(suffix));
      return mine.length ? mine.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0) : NaN;
    },
  };
}
