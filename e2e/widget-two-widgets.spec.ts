import { expect, test } from './fixtures';
import { dayFor, fillAndSubmit, openDay } from './widget-helpers';

test('two widgets on one page are independent, and a time-zone change redraws times', async ({ page }, testInfo) => {
  await page.goto('/two-widgets.html');
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(second.getByRole('button', { name: /Change time zone, now Sydney \(GMT\+1[01]:00\)/ })).toBeVisible();
  const zoneButton = first.getByRole('button', { name: /^Change time zone/ });
  await openDay(first, dayFor(testInfo, 13));

  await zoneButton.click();
  const search = first.getByRole('combobox', { name: 'Search time zones' });
  await search.fill('kiritimati');
  await search.press('Enter');
  await expect(first.getByRole('status')).toHaveText('Times are now shown in Kiritimati (GMT+14:00)');
  await expect(first.getByRole('button', { name: /now Kiritimati/ })).toBeVisible();
  await expect(second.getByRole('button', { name: /now Sydney/ })).toBeVisible();

  // The second widget keeps working on its own.
  await (await openDay(second, dayFor(testInfo, 2))).click();
  await expect(second.getByRole('heading', { name: /^Book / })).toBeVisible();
  await expect(first.getByRole('grid')).toBeVisible();

  // Booking in the first widget sends the visitor's chosen zone.
  const req = page.waitForRequest((r) => r.url().includes('/v2/bookings') && r.method() === 'POST');
  await first
    .getByRole('region', { name: /^Times on/ })
    .getByRole('button')
    .first()
    .click();
  await fillAndSubmit(first, 'Emmett Brown', 'emmett@example.com');
  const body = (await req).postDataJSON();
  // The form showed the chosen instant on Kiritimati's clock.
  const expected = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'Pacific/Kiritimati' }).format(
    new Date(body.start),
  );
  expect(expected).not.toBe(
    new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(body.start)),
  );
  await expect(first).toContainText(expected);
  expect(body.customer.timezone).toBe('Pacific/Kiritimati');
  expect(body.start).toMatch(/\+14:00$/);
  await expect(first.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  // The zone is written once, without brackets around its own (issue 10).
  await expect(first.locator('.bw-zone')).toHaveText('Kiritimati (GMT+14:00)');
});

test('views: month, week and list all offer times', async ({ page }) => {
  await page.goto('/views.html');
  await expect(page.locator('#month').getByRole('grid')).toBeVisible();
  await expect(page.locator('#week').getByRole('button', { name: 'Next week' })).toBeVisible();
  await expect(page.locator('#list').getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(page.locator('#list .bw-slot').first()).toBeVisible();
});

test('config errors name the key instead of a blank box', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
  await page.goto('/config-error.html');
  await expect(page.locator('#bad-json')).toContainText('data-config is not valid JSON');
  await expect(page.locator('#bad-types')).toContainText('resources must be a list of resource ids, got a number');
  await expect(page.locator('#bad-types')).toContainText('ui.availability_view must be one of');
  expect(logged.join('\n')).toContain('`resources` must be a list of resource ids, got a number');
});
