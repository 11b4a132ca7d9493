import { test as base, expect, type APIRequestContext, type BrowserContext } from '@playwright/test';

/**
 * The e2e suite's `test`: every page runs on the mock API's clock. The demo server starts the API
 * at the suite's fixed instant (`clock.ts`, `E2E_NOW`) and tells its current instant at
 * `/__clock`; before a page loads, its clock is installed at that instant (time then moves on
 * normally, timers fire), so the widget and the server agree on "now" and "today".
 *
 * `serverNow` is that instant in epoch ms, for tests that compute dates in Node (a session two days
 * out). Contexts a test opens itself get the same with `installServerClock(context, serverNow)`.
 */
export const test = base.extend<{ serverNow: number }>({
  serverNow: async ({ request }, use) => {
    await use(await serverTime(request));
  },
  context: async ({ context, serverNow }, use) => {
    await installServerClock(context, serverNow);
    await use(context);
  },
});

/** The mock API's current instant in epoch ms (the demo server's `/__clock`; `request` has its base URL). */
export async function serverTime(request: APIRequestContext): Promise<number> {
  const res = await request.get('/__clock');
  expect(res.status(), 'GET /__clock on the demo server').toBe(200);
  return ((await res.json()) as { now: number }).now;
}

/** Puts a context's clock at the server's instant (pages opened later in it read that time). */
export async function installServerClock(context: BrowserContext, serverNow: number): Promise<void> {
  await context.clock.install({ time: serverNow });
}

export { expect };
