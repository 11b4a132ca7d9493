import { test, expect } from './fixtures';

/**
 * Cumulative layout shift when the times arrive, as Chromium's layout-shift entries report it.
 * Counted from the loading screen with its header drawn (a project's, once it answered): the
 * skeleton is the month itself, and the header and the time-zone line keep their places while the
 * times load (a host only the times name keeps an empty avatar), so nothing on the page may move
 * when they arrive. Before that, the page's element grows when the script mounts the widget (a page
 * that cares reserves the widget's height on it: README, "Layout"), and a project's header may be
 * taller or shorter than its placeholder (host, title, length) by its place, price or description.
 */
for (const path of ['/autoload.html', '/data-attributes.html']) {
  test(`no layout shift until the first time shows: ${path} @phone`, async ({ page }) => {
    await page.addInitScript(() => {
      // Entries, not their times: the page's clock is Playwright's (fixtures.ts), and `performance.now()`
      // then runs on another timeline than the entries' `startTime`.
      const w = window as unknown as { __shifts: number[]; __takeShifts: () => number[] };
      w.__shifts = [];
      const keep = (entries: PerformanceEntryList) => {
        for (const entry of entries as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) w.__shifts.push(entry.value);
      };
      const observer = new PerformanceObserver((list) => keep(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      w.__takeShifts = () => (keep(observer.takeRecords()), w.__shifts);
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
    await expect(widget.locator('[part=header]')).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const since = await page.evaluate(() => (window as unknown as { __takeShifts: () => number[] }).__takeShifts().length);
    release();
    await expect(
      widget
        .getByRole('region', { name: /^Times on/ })
        .getByRole('button')
        .first(),
    ).toBeVisible();
    // Let a last frame paint, then read what shifted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as { __takeShifts: () => number[] }).__takeShifts());
    const cls = shifts.slice(since).reduce((sum, value) => sum + value, 0);
    expect(cls).toBeLessThan(0.01);
  });
}
