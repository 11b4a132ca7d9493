import { test, expect } from './fixtures';

/**
 * Cumulative layout shift until the first time shows, as Chromium's layout-shift entries report it.
 * Counted from the widget's first frame (its skeleton): the skeleton is the month itself, the
 * details region and the time-zone line keep their places while the project and times load, so
 * nothing on the page may move when the times arrive. The one shift before that, the empty host
 * element growing when the script mounts the widget, belongs to the page: a page that cares
 * reserves the widget's height on its element (README, "Layout").
 */
for (const path of ['/autoload.html', '/data-attributes.html']) {
  test(`no layout shift until the first time shows: ${path} @phone`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: Array<[number, number]> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) w.__shifts.push([entry.startTime, entry.value]);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold the times back until the skeleton has been on screen, as on a slow network.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v2/availability', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path);
    const widget = page.locator(path === '/autoload.html' ? '#bookingjs' : '#widget');
    await expect(widget.locator('[part=loading]')).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const since = await page.evaluate(() => performance.now());
    release();
    await expect(
      widget
        .getByRole('region', { name: /^Times on/ })
        .getByRole('button')
        .first(),
    ).toBeVisible();
    // Let a last frame paint, then read what shifted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<[number, number]> }).__shifts);
    const cls = shifts.filter(([at]) => at > since).reduce((sum, [, value]) => sum + value, 0);
    expect(cls).toBeLessThan(0.01);
  });
}
