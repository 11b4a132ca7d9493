/**
 * `npm run bench` (part 3): mounts and destroys the widget 200 times in Chromium against the demo
 * server and prints what is alive after garbage collection, before and after (bench/leakProbe.ts).
 * Needs `npm run build` first (it loads dist/booking.js).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { countLeftovers, mountAndDestroy, openLeakProbe, type LeakCounts } from './leakProbe';

const ROUNDS = 200;
const root = fileURLToPath(new URL('..', import.meta.url));

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the demo server did not answer at ${url}`);
}

/** Runs the leak bench and prints a table. */
export async function runLeakBench(): Promise<void> {
  if (!existsSync(`${root}dist/booking.js`)) {
    console.log('dist/booking.js is missing: run `npm run build` first (skipped).');
    return;
  }
  const [api, demo] = [await freePort(), await freePort()];
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'demo/serve.ts', '--port', String(api), '--demo-port', String(demo), '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  const envPath = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  const executablePath = envPath !== undefined ? envPath || undefined : existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const asRoot = process.getuid?.() === 0;
  const browser = await chromium.launch({ executablePath, args: asRoot ? ['--no-sandbox', '--disable-gpu'] : [] });
  try {
    await waitFor(`http://127.0.0.1:${demo}/demo-env.js`);
    const page = await (await browser.newContext({ baseURL: `http://127.0.0.1:${demo}` })).newPage();
    const cdp = await openLeakProbe(page);
    await mountAndDestroy(page, 4);
    const before = await countLeftovers(page, cdp);
    const started = performance.now();
    await mountAndDestroy(page, ROUNDS, 4);
    const seconds = (performance.now() - started) / 1000;
    const after = await countLeftovers(page, cdp);
    const rows: Array<[string, keyof LeakCounts]> = [
      ['event listeners (all)', 'listeners'],
      ['listeners on window + document', 'globalListeners'],
      ['DOM nodes (attached or detached)', 'nodes'],
      ['pending timers', 'timers'],
      ['JS heap used (MB)', 'heapMB'],
    ];
    console.log(`${ROUNDS} mounts and destroys in ${seconds.toFixed(1)} s (a quarter with the form open), after garbage collection:\n`);
    console.log('| | after 4 warm-up rounds | after 200 more |\n|---|---|---|');
    for (const [label, key] of rows) console.log(`| ${label} | ${before[key]} | ${after[key]} |`);
    const leaked =
      after.timers > 0 ||
      after.globalListeners > before.globalListeners ||
      after.listeners > before.listeners ||
      after.nodes > before.nodes;
    console.log(leaked ? '\nSomething stayed behind: see the rows that grew.' : '\nNothing stayed behind.');
  } finally {
    await browser.close();
    server.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runLeakBench();
