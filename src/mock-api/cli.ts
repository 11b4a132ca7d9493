/**
 * `npm run api -- --port 8787 [--host 127.0.0.1] [--app-key K] [--widget-key K] [--seed demo|empty] [--now ISO]`
 * Starts the mock Timekit v2 API and prints its base URL, keys and the demo ids. Ctrl-C stops it.
 */
import { parseArgs } from 'node:util';
import { DEMO, clockStartingAt, parseStartInstant, startApiServer, type Clock } from './index';

function fail(message: string): never {
  console.error(`mock-api: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      'app-key': { type: 'string', default: process.env.MOCK_APP_KEY },
      'widget-key': { type: 'string', default: process.env.MOCK_WIDGET_KEY },
      seed: { type: 'string', default: 'demo' },
      now: { type: 'string', default: process.env.MOCK_NOW },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)} (try --help)`);
}

if (values.help) {
  console.log(
    'Usage: npm run api -- [--port 8787] [--host 127.0.0.1] [--app-key K] [--widget-key K] [--seed demo|empty] [--now 2026-03-24T23:40:00Z]',
  );
  console.log('Keys also come from MOCK_APP_KEY / MOCK_WIDGET_KEY; --now (or MOCK_NOW) starts the clock at that instant.');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number 0-65535, got "${values.port}"`);
if (values.seed !== 'demo' && values.seed !== 'empty') fail(`--seed must be demo or empty, got "${values.seed}"`);
let clock: Clock | undefined;
try {
  clock = values.now ? clockStartingAt(parseStartInstant(values.now)) : undefined;
} catch (e) {
  fail((e as Error).message);
}

const server = await startApiServer({
  port,
  host: values.host,
  appKey: values['app-key'] || undefined,
  widgetKey: values['widget-key'] || undefined,
  seed: values.seed,
  clock,
}).catch((e: unknown) => fail(`could not listen on ${values.host}:${port}: ${e instanceof Error ? e.message : String(e)}`));

console.log(`Timekit v2 mock API on ${server.url}  (API base: ${server.url}v2)`);
console.log(`  app key:    ${server.keys.appKey}`);
console.log(`  widget key: ${server.keys.widgetKey}`);
if (values.seed === 'demo') {
  console.log('  demo resources:');
  for (const [name, id] of Object.entries(DEMO.resources)) console.log(`    ${name.padEnd(15)} ${id}`);
  console.log('  demo projects:');
  for (const [name, id] of Object.entries(DEMO.projects)) {
    console.log(`    ${name.padEnd(15)} ${id}  slug ${DEMO.slugs[name as keyof typeof DEMO.slugs]}`);
  }
}
console.log('Ctrl-C to stop.');

let stopping = false;
const stop = () => {
  if (stopping) process.exit(1);
  stopping = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
