/**
 * The demo: starts the mock Timekit API and a static server for the demo pages and the built widget,
 * on two ports so that every request the widget makes is a real cross-origin call, as on a customer's site.
 *
 *   npm start                      → build, then API on :8787 and demo on :5173
 *   tsx demo/serve.ts --port 18787 --demo-port 15173 --quiet --now 2026-03-24T23:40:00Z   (what Playwright runs)
 *
 * `--now` (or DEMO_NOW) starts the API's clock at that instant; it then moves on in real time.
 * `GET /__clock` on the demo port answers `{"now": <epoch ms>}`, the API's current instant, so a
 * test can put the browser's clock at the same moment.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startApiServer, clockStartingAt, parseStartInstant, systemClock, DEMO, type Clock } from '../src/mock-api/index';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    'demo-port': { type: 'string', default: process.env.DEMO_PORT ?? '5173' },
    host: { type: 'string', default: '127.0.0.1' },
    'app-key': { type: 'string', default: process.env.MOCK_APP_KEY },
    'widget-key': { type: 'string', default: process.env.MOCK_WIDGET_KEY },
    quiet: { type: 'boolean', default: false },
    now: { type: 'string', default: process.env.DEMO_NOW },
  },
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** URL prefix → folder it is served from. Longest prefix first. */
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/dist/', join(root, 'dist')],
  // Booking.js v3 itself, for the side-by-side comparison page and its compatibility e2e test.
  ['/vendor/timekit-booking/', join(root, 'node_modules/timekit-booking/public/build')],
  ['/', join(root, 'demo')],
];

/** Resolves a URL path to a file inside one of the mounts, or null (never escapes a mount). */
function resolveFile(pathname: string): string | null {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^([/\\])+/, '');
    const file = resolve(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/**
 * Pages under /csp/ are served with a strict Content-Security-Policy (nothing inline, the API the
 * only other origin), the policy the README asks a site to allow at most. Pages named `nonce-*`
 * allow styles by a nonce made per answer (`__CSP_NONCE__` in the page is replaced by it), for
 * browsers that lack constructable stylesheets.
 */
function cspFor(pathname: string, apiOrigin: string): { policy: string; nonce: string } | null {
  if (!pathname.startsWith('/csp/')) return null;
  const nonce = randomBytes(16).toString('base64');
  const style = pathname.includes('/nonce-') ? `'self' 'nonce-${nonce}'` : "'self'";
  return {
    nonce,
    policy: `default-src 'self'; script-src 'self'; style-src ${style}; connect-src 'self' ${apiOrigin}; img-src 'self' data:`,
  };
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, envScript: string, clock: Clock, apiOrigin: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/__clock') {
    res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify({ now: clock.now() }));
    return;
  }
  if (url.pathname === '/demo-env.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
    res.end(envScript);
    return;
  }
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end(); // no icon, and no 404 in every page's console
    return;
  }
  let file = resolveFile(url.pathname);
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    if (!file) throw new Error('outside');
    let body: Buffer | string = await readFile(file);
    const csp = extname(file) === '.html' ? cspFor(url.pathname, apiOrigin) : null;
    if (csp) {
      res.setHeader('content-security-policy', csp.policy);
      body = body.toString('utf8').replaceAll('__CSP_NONCE__', csp.nonce);
    }
    // Like a CDN: a page on any origin (a README example saved as a file) may load the script, which
    // fetches its steps file (a module: CORS) and language files (fetch: CORS) from here.
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Not found: ${url.pathname}`);
  }
}

async function main(): Promise<void> {
  const clock = args.now ? clockStartingAt(parseStartInstant(args.now)) : systemClock;
  const api = await startApiServer({
    clock,
    port: Number(args.port),
    host: args.host,
    seed: 'demo',
    appKey: args['app-key'],
    widgetKey: args['widget-key'],
  });
  const env = {
    apiBaseUrl: api.url,
    widgetKey: api.keys.widgetKey,
    appKey: api.keys.appKey,
    resources: DEMO.resources,
    projects: DEMO.projects,
  };
  const envScript = `window.DEMO_ENV = ${JSON.stringify(env, null, 2)};\n`;
  const apiOrigin = new URL(api.url).origin;
  const demo = createServer((req, res) => void serveStatic(req, res, envScript, clock, apiOrigin));
  await new Promise<void>((done) => demo.listen(Number(args['demo-port']), args.host, done));
  const demoUrl = `http://${args.host}:${Number(args['demo-port'])}/`;

  if (!args.quiet) {
    if (!existsSync(join(root, 'dist/booking.js'))) console.warn('dist/booking.js is missing: run `npm run build` first.');
    console.log(`\n  Booking widget demo   ${demoUrl}   ← open this`);
    console.log(`  Mock Timekit API      ${api.url}v2/`);
    console.log(`  widget key            ${api.keys.widgetKey}   (public, for the widget)`);
    console.log(`  app key               ${api.keys.appKey}   (server side, every endpoint)`);
    if (args.now) console.log(`  clock                 starts at ${new Date(clock.now()).toISOString()}`);
    console.log('');
  }
  const stop = (): void => {
    demo.close();
    void api.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
