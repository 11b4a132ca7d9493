import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { buildApp } from './app';
import { createRealScheduler, isScheduler, systemClock, type Clock } from './domain/clock';
import type { Store } from './domain/store';
import type { ApiEnv } from './http/env';
import type { HoldLimits } from './domain/holds';
import { DEMO, seedDemo } from './seed/demo';
import { createServices, type Services } from './services';

export { DEMO } from './seed/demo';
export { FakeClock, clockStartingAt, parseStartInstant, systemClock, type Clock, type Scheduler } from './domain/clock';
export type { Store } from './domain/store';
export { signActionToken, verifyActionToken, hmacHex } from './domain/signatures';
export { HOLD_LIMITS, type HoldLimits } from './domain/holds';

/** Options of a mock API instance. Every instance is independent: nothing is module-level. */
export interface MockApiOptions {
  /** `demo` (default) fills the store with the fixed demo data; `empty` starts blank. */
  seed?: 'demo' | 'empty';
  /** App key (default `test_api_key_demo`); a `live_` key turns test mode off. */
  appKey?: string;
  /** Widget key (default `test_widget_key_demo`). */
  widgetKey?: string;
  /** Injected clock; a `FakeClock` also drives timers (payment timeouts, webhook retries). */
  clock?: Clock;
  /** Injected `fetch` for webhook deliveries. */
  fetch?: typeof fetch;
  /** Injected randomness for `roundrobin_random`. */
  random?: () => number;
  /** Live holds allowed per holder (connection address) and per server; default `HOLD_LIMITS` (20, 1000). */
  holdLimits?: HoldLimits;
}

/** A mock API instance: the Hono app (use `app.request()` in tests), its store and keys. */
export interface MockApi {
  app: Hono<ApiEnv>;
  store: Store;
  keys: { appKey: string; widgetKey: string };
  services: Services;
  /** Cancels pending timers (payment timeouts, webhook retries). */
  dispose(): void;
}

/**
 * Creates an in-memory Timekit v2-compatible API.
 * @example
 * const { app, keys } = createMockApi({ seed: 'empty' });
 * const res = await app.request('/v2/app', { headers: { authorization: 'Basic ' + btoa(':' + keys.appKey) } });
 */
export function createMockApi(o: MockApiOptions = {}): MockApi {
  const clock = o.clock ?? systemClock;
  const real = isScheduler(clock) ? null : createRealScheduler();
  const keys = { appKey: o.appKey ?? DEMO.appKey, widgetKey: o.widgetKey ?? DEMO.widgetKey };
  const services = createServices({
    app: {
      id: o.seed === 'empty' ? randomUUID() : 'bbbbbbbb-0000-4000-8000-000000000001',
      slug: 'hill-valley',
      name: 'Hill Valley Scheduling',
      test_mode: !keys.appKey.startsWith('live_'),
      webhook_secret: `whsec_${randomUUID().replaceAll('-', '')}`,
      invites: [],
    },
    clock,
    scheduler: isScheduler(clock) ? clock : real!,
    fetch: o.fetch ?? ((...args) => fetch(...args)),
    random: o.random ?? Math.random,
    holdLimits: o.holdLimits,
    keys,
  });
  if (o.seed !== 'empty') seedDemo(services);
  return { app: buildApp(services), store: services.store, keys, services, dispose: () => real?.dispose() };
}

/** A running mock API server. */
export interface ApiServer extends MockApi {
  /** Base URL without `v2`, e.g. `http://127.0.0.1:8787/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the mock API on `host:port` (default `127.0.0.1:8787`; `port: 0` picks a free port).
 * @example
 * const server = await startApiServer({ port: 0, seed: 'demo' });
 * // … fetch(server.url + 'v2/projects/embed/' + DEMO.projects.oneToOne) …
 * await server.close();
 */
export async function startApiServer(o: MockApiOptions & { port?: number; host?: string } = {}): Promise<ApiServer> {
  const api = createMockApi(o);
  const host = o.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const srv = serve({ fetch: api.app.fetch, port: o.port ?? 8787, hostname: host }, () => resolve(srv));
    srv.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    ...api,
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        api.dispose();
        server.close((err) => (err ? reject(err) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
