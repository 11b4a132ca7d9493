import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dayFor, demoEnv, fillAndSubmit, openDay, takeAsSomeoneElse, type DemoEnv } from './widget-helpers';

/**
 * One booking flow, run against each backend the widget speaks, so that the two never drift: the
 * same page layout, the same steps and messages, the booking visible through both APIs (the
 * demo server serves Timekit's /v2 and bookingtime's Module API over one store).
 */
const BACKENDS = [
  { name: 'timekit', page: '/data-attributes.html', api: '**/v2/**', base: 20 },
  { name: 'bookingtime', page: '/bookingtime.html', api: '**/module/v3/**', base: 24 },
] as const;

const basic = (key: string) => `Basic ${Buffer.from(`:${key}`).toString('base64')}`;
const dashless = (uuid: string) => uuid.replaceAll('-', '');

/** An access token of the demo's Module API (the widget key is the client id). */
async function moduleToken(page: Page, env: DemoEnv, organizationId: string): Promise<string> {
  const refresh = await page.request.post(`${env.apiBaseUrl}oauth/token`, {
    form: { grant_type: 'client_credentials', client_id: env.widgetKey, client_secret: '' },
  });
  const access = await page.request.post(`${env.apiBaseUrl}oauth/token`, {
    form: {
      grant_type: 'refresh_token',
      client_id: env.widgetKey,
      refresh_token: (await refresh.json()).refresh_token,
      organization_id: organizationId,
    },
  });
  return (await access.json()).access_token;
}

/** The booking the widget just made, read through the Timekit routes (by its own or its bookingtime id). */
async function timekitBooking(
  page: Page,
  env: DemoEnv,
  id: string,
): Promise<{ id: string; state: string; customers: Array<{ name: string; email: string }> }> {
  const res = await page.request.get(`${env.apiBaseUrl}v2/bookings?limit=1000`, { headers: { authorization: basic(env.appKey) } });
  const all: Array<{ id: string; state: string; customers: Array<{ name: string; email: string }> }> = (await res.json()).data;
  const found = all.find((b) => b.id === id || (id.startsWith('ed') && dashless(b.id).startsWith(id.slice(2))));
  expect(found, `booking ${id} in GET /v2/bookings`).toBeTruthy();
  return found!;
}

/** The slot the widget's form is for. */
const chosenSlot = (page: Page) =>
  page.evaluate(() => {
    const el = document.getElementById('widget') as unknown as {
      [k: symbol]: { model: { selectedSlot: { value: { start: string; end: string } } } };
    };
    return el[Symbol.for('booking-widget.handle')].model.selectedSlot.value;
  });

/** Opens the page; with `ready`, waits for the month (bookingtime takes more round trips: its file, two token requests, the template, two months). */
async function open(page: Page, path: string, ready = true): Promise<Locator> {
  await page.addInitScript(() =>
    document.addEventListener(
      'booking:created',
      (e) => ((window as unknown as { created: unknown }).created = (e as CustomEvent).detail.data),
    ),
  );
  await page.goto(path);
  const widget = page.locator('#widget');
  if (ready) await expect(widget.getByRole('grid')).toBeVisible({ timeout: 30_000 });
  return widget;
}

for (const backend of BACKENDS) {
  test.describe(`backend ${backend.name}`, () => {
    test('month view, a time, the form, the confirmation; the booking is in both APIs', async ({ page }, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const widget = await open(page, backend.page);
      await (await openDay(widget, dayFor(testInfo, backend.base))).click();
      await expect(widget.getByRole('heading', { name: /^Book / })).toBeFocused();
      await fillAndSubmit(widget);
      await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeFocused();
      await expect(widget.getByRole('status')).toHaveText('You are booked');
      const { id } = await page.evaluate(() => (window as unknown as { created: { id: string } }).created);
      const env = await demoEnv(page);
      const booking = await timekitBooking(page, env, id);
      expect(booking).toMatchObject({ state: 'confirmed', customers: [{ name: 'Marty McFly', email: 'marty@example.com' }] });
      const organization = 'f6' + dashless('bbbbbbbb-0000-4000-8000-000000000001').slice(0, 30);
      const shown = await page.request.get(
        `${env.apiBaseUrl}module/v3/en/organization/${organization}/appointment/ed${dashless(booking.id).slice(0, 30)}/show`,
        {
          headers: { authorization: `Bearer ${await moduleToken(page, env, organization)}` },
        },
      );
      expect(shown.status()).toBe(200);
      expect((await shown.json()).content).toMatchObject({
        class: 'APPOINTMENT',
        canceled: false,
        customer: { firstName: 'Marty', lastName: 'McFly' },
      });
      expect(errors).toEqual([]);
    });

    test('a time taken meanwhile keeps the form values and offers fresh times', async ({ page }, testInfo) => {
      const widget = await open(page, backend.page);
      await (await openDay(widget, dayFor(testInfo, backend.base + 2))).click();
      await widget.getByRole('textbox', { name: /name/i }).first().fill('Marty McFly');
      await widget.getByRole('textbox', { name: /e-?mail/i }).fill('marty@example.com');
      const chosen = await chosenSlot(page);
      // Someone else books the same time through the Timekit routes: one store, so both backends see it.
      await takeAsSomeoneElse(page, chosen);
      await widget.getByRole('button', { name: 'Book it' }).click();
      await expect(widget.getByRole('alert')).toContainText('that time was just taken');
      await widget.getByRole('button', { name: 'Back to fresh times' }).click();
      await (await openDay(widget, 0)).click();
      await expect(widget.getByRole('textbox', { name: /name/i }).first()).toHaveValue('Marty McFly');
      await widget.getByRole('button', { name: 'Book it' }).click();
      await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeVisible();
    });

    test('an API that is down says so, and Try again recovers', async ({ page }) => {
      await page.route(backend.api, (route) => route.abort('connectionrefused'));
      const widget = await open(page, backend.page, false);
      await expect(widget.getByRole('alert')).toContainText('could not reach the booking service', { timeout: 30_000 });
      await page.unroute(backend.api);
      await widget.getByRole('button', { name: 'Try again' }).click();
      await expect(widget.getByRole('grid')).toBeVisible({ timeout: 30_000 });
    });
  });
}
