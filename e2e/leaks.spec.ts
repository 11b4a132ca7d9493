import { expect, test } from './fixtures';
import { countLeftovers, mountAndDestroy, openLeakProbe } from '../bench/leakProbe';

// `npm run bench` runs 200 rounds and prints the counts (bench/leaks.ts); this is the short,
// asserting version.
test('mounting and destroying the widget 40 times leaves no listeners, timers or nodes behind', async ({ page }) => {
  const cdp = await openLeakProbe(page);
  await mountAndDestroy(page, 4); // the first rounds load the steps file and the module-level state it brings
  const before = await countLeftovers(page, cdp);
  await mountAndDestroy(page, 40, 4);
  const after = await countLeftovers(page, cdp);
  expect(after.timers).toBe(0);
  expect(after.globalListeners).toBe(before.globalListeners);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes);
  expect(after.heapMB - before.heapMB).toBeLessThan(1.5); // code caches grow a little; a kept widget tree per round would not fit

  // The counters are not blind: a widget left mounted, taken out of the page but still referenced,
  // and a forgotten timer all show.
  await page.evaluate(async () => {
    const env = (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV;
    const host = document.body.appendChild(document.createElement('div'));
    const Booking = (window as unknown as { TimekitBooking: new () => { init(c: object): unknown } }).TimekitBooking;
    (window as unknown as { kept: unknown }).kept = new Booking().init({
      el: host,
      app_key: env.widgetKey,
      api_base_url: env.apiBaseUrl,
      resources: ['11111111-1111-4111-8111-111111111111'],
    });
    while (!host.shadowRoot?.querySelector('button.bw-open')) await new Promise((r) => setTimeout(r, 10));
    host.remove();
    setTimeout(() => {}, 3_600_000);
  });
  const leaked = await countLeftovers(page, cdp);
  expect(leaked.nodes).toBeGreaterThan(before.nodes);
  expect(leaked.listeners).toBeGreaterThan(before.listeners);
  expect(leaked.timers).toBe(1);
});
