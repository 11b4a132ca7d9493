import type { Page } from '@playwright/test';
import { createMockApi, FakeClock } from '../src/mock-api/index';

/**
 * Answers the page's requests to `base` from a fresh in-memory mock API (demo seed) whose clock is
 * frozen at `now`: screens and layouts that must look the same on every run share no bookings.
 */
export async function answerFromOwnApi(page: Page, base: string, now: number): Promise<void> {
  const api = createMockApi({ clock: new FakeClock(now) });
  page.on('close', () => api.dispose());
  await page.route(`${base}**`, async (route) => {
    const req = route.request();
    const body = req.method() === 'GET' ? null : req.postData();
    const res = await api.app.fetch(new Request(req.url(), { method: req.method(), headers: await req.allHeaders(), body }));
    await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
  });
}
