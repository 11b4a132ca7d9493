import { expect, type Page, type Request as PageRequest, type Route } from '@playwright/test';
import { createMockApi, DEMO, FakeClock } from '../src/mock-api/index';

/** A test's own in-memory mock API (demo seed), answering the page's requests to its base. */
export interface OwnApi {
  /** The API's answer to one of the page's requests; `headers` replace the request's own when given. */
  answer(request: PageRequest, headers?: Record<string, string>): Promise<Response>;
  /** Sends `data` (GET: nothing) to `v2/<path>` with the app key, expects `status`, and returns the answer's `data`. */
  call<T>(method: 'GET' | 'POST', path: string, data?: unknown, status?: number): Promise<T>;
}

/**
 * Answers the page's requests to `base` from a fresh in-memory mock API (demo seed) whose clock is
 * frozen at `now`: screens and layouts that must look the same on every run share no bookings, and a
 * test that books a time cannot lose it to another test.
 */
export async function answerFromOwnApi(page: Page, base: string, now: number): Promise<OwnApi> {
  const api = createMockApi({ clock: new FakeClock(now) });
  page.on('close', () => api.dispose());
  const own: OwnApi = {
    async answer(req, headers) {
      const body = req.method() === 'GET' ? null : req.postData();
      return api.app.fetch(new Request(req.url(), { method: req.method(), headers: headers ?? (await req.allHeaders()), body }));
    },
    async call(method, path, data, status = method === 'GET' ? 200 : 201) {
      const headers = {
        authorization: `Basic ${Buffer.from(`:${api.keys.appKey}`).toString('base64')}`,
        'content-type': 'application/json',
      };
      const res = await api.app.fetch(
        new Request(`${base}v2/${path}`, { method, headers, body: data === undefined ? null : JSON.stringify(data) }),
      );
      const text = await res.text();
      expect(res.status, `${method} ${path}: ${text}`).toBe(status);
      return JSON.parse(text).data;
    },
  };
  await page.route(`${base}**`, async (route) => fulfillWith(route, await own.answer(route.request())));
  return own;
}

/** Fulfils `route` with `res`. */
export async function fulfillWith(route: Route, res: Response): Promise<void> {
  await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
}

/**
 * The demo pages' `/demo-env.js` names `base` (the test's own API) instead of the demo server's shared
 * API, so a demo page such as `/data-attributes.html` books against the test's own data.
 */
export async function demoPagesUse(page: Page, base: string): Promise<void> {
  const env = { apiBaseUrl: base, widgetKey: DEMO.widgetKey, appKey: DEMO.appKey, resources: DEMO.resources, projects: DEMO.projects };
  await page.route('**/demo-env.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `window.DEMO_ENV = ${JSON.stringify(env)};\n` }),
  );
}
