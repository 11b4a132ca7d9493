import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { demoEnv, openDay } from './widget-helpers';

/**
 * Text reaches the widget from the config (labels, localisation, display name), the API (resource
 * and session names, error messages, the booking's `what`) and the language files. Each place gets
 * a payload that would run if it were ever parsed as HTML; it must show as text and run nothing.
 */
const payload = (place: string) => `<img src=x onerror="xssRan.push('${place}')"><script>xssRan.push('${place}')</script>`;

// A page answered by the test counts as public to Chromium, which asks before it reaches loopback.
test.use({ permissions: ['local-network-access'] });

/** Records anything that ran; fails on a dialog. */
async function watch(page: Page): Promise<() => Promise<unknown>> {
  await page.addInitScript(() => ((window as unknown as { xssRan: string[] }).xssRan = []));
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  return () => page.evaluate(() => (window as unknown as { xssRan: string[] }).xssRan);
}

/** No element the payloads would create exists in the widget's shadow root. */
async function expectNoInjectedElements(widget: Locator): Promise<void> {
  const injected = await widget.evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll('*')]
      .filter((n) => n.localName === 'script' || [...n.attributes].some((a) => a.name.startsWith('on')))
      .map((n) => n.outerHTML),
  );
  expect(injected).toEqual([]);
}

/** A plain page (on the demo's origin) with one widget mounted by the Booking.js global. */
async function pageWith(page: Page, config: object, path = '/e2e-xss.html'): Promise<Locator> {
  await page.goto('/data-attributes.html'); // only to read this run's API address and key
  const env = await demoEnv(page);
  const full = { app_key: env.widgetKey, api_base_url: env.apiBaseUrl, ...config };
  await page.route(path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>XSS</title><body><div id="bookingjs"></div>
        <script src="/dist/booking.js"></script>
        <script>new TimekitBooking().init(${JSON.stringify(full).replaceAll('<', '\\u003c')});</script></body></html>`,
    }),
  );
  await page.goto(path);
  return page.locator('#bookingjs');
}

test('payloads in labels, localisation, resource names, an API error and the booking show as text and run nothing', async ({ page }) => {
  const ran = await watch(page);
  // The resource's name as the API sends it.
  await page.route('**/v2/availability', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const res = await route.fetch();
    const body = await res.json();
    for (const slot of body.data) for (const r of slot.resources) r.name = payload('resource name');
    await route.fulfill({ response: res, json: body });
  });
  // The first booking is refused with an error message carrying a payload; the retry books.
  let refused = false;
  await page.route('**/v2/bookings?*', (route) => {
    if (route.request().method() !== 'POST' || refused) return route.continue();
    refused = true;
    return route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: payload('api error') }) });
  });
  const widget = await pageWith(page, {
    resources: ['11111111-1111-4111-8111-111111111111'],
    availability: { length: '30 minutes' },
    booking: { what: payload('what') },
    ui: {
      display_name: payload('display name'),
      avatar: "javascript:xssRan.push('avatar')",
      localization: {
        submit_button: `Book it ${payload('submit label')}`,
        success_message: `Sent to {email} ${payload('success message')}`,
        allocated_resource_prefix: payload('resource prefix'),
      },
    },
    customer_fields: {
      name: { title: 'Name' },
      email: { title: 'E-mail' },
      topic: { title: `Topic ${payload('field title')}`, format: 'select', enum: [payload('select option'), 'Plain'], required: true },
      note: { title: 'Note', placeholder: payload('placeholder') },
    },
  });
  await expect(widget.getByRole('banner').or(widget.locator('[part=header]'))).toContainText(
    `<img src=x onerror="xssRan.push('display name')">`,
  );
  await (await openDay(widget, 9)).click();
  await expect(widget).toContainText(`onerror="xssRan.push('resource name')"`);
  await widget.getByRole('textbox', { name: 'Name' }).fill('Marty <b>McFly</b>');
  await widget.getByRole('textbox', { name: 'E-mail' }).fill('marty@example.com');
  await widget.getByRole('combobox', { name: /^Topic / }).selectOption({ index: 1 });
  const submit = widget.getByRole('button', { name: /^Book it </ });
  await submit.click();
  await expect(widget.getByRole('alert')).toContainText(`The booking was refused: <img src=x onerror="xssRan.push('api error')">`);
  await expectNoInjectedElements(widget);
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(widget).toContainText(`Sent to marty@example.com <img src=x onerror="xssRan.push('success message')">`);
  await expect(widget).toContainText(`<script>xssRan.push('what')</script>`);
  await expectNoInjectedElements(widget);
  expect(await ran()).toEqual([]);
});

test('payloads in group session names and places show as text and run nothing', async ({ page }) => {
  const ran = await watch(page);
  await page.route('**/v2/bookings/groups*', async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const res = await route.fetch();
    const body = await res.json();
    for (const s of body.data) Object.assign(s.attributes.event_info, { what: payload('session name'), where: payload('session place') });
    await route.fulfill({ response: res, json: body });
  });
  const widget = await pageWith(page, { project_id: 'aaaaaaaa-0000-4000-8000-000000000004', ui: { availability_view: 'list' } });
  await expect(widget).toContainText(`<img src=x onerror="xssRan.push('session name')">`);
  await expect(widget).toContainText(`onerror="xssRan.push('session place')"`);
  await expectNoInjectedElements(widget);
  expect(await ran()).toEqual([]);
});

test('payloads in a language file show as text and run nothing', async ({ page }) => {
  const ran = await watch(page);
  await page.route('**/locales/de.json*', async (route) => {
    const res = await route.fetch();
    const texts = (await res.json()) as Record<string, unknown>;
    for (const [k, v] of Object.entries(texts)) if (typeof v === 'string') texts[k] = `${v} ${payload(`de ${k}`)}`;
    await route.fulfill({ response: res, json: texts });
  });
  const widget = await pageWith(page, {
    resources: ['11111111-1111-4111-8111-111111111111'],
    availability: { length: '30 minutes' },
    ui: { locale: 'de' },
  });
  await expect(widget.getByRole('grid')).toBeVisible();
  await expect(widget).toContainText(`onerror="xssRan.push('de `);
  await expectNoInjectedElements(widget);
  expect(await ran()).toEqual([]);
});
