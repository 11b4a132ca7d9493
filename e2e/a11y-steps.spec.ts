import { expect, test } from './fixtures';
import { TEXTS, axeViolations, fillAndBook, openPlayground, pickOpenDay, textPattern } from './a11y-helpers';

// axe-core (WCAG 2.0/2.1/2.2 A and AA tags, no rule disabled) on every step of a booking, in English
// and Arabic (right to left), light and dark; plus `auto` under a dark system scheme and a brand colour.
// Each case books on its own day so parallel cases never race for one time.
const CASES = [
  { locale: 'en', theme: 'light', day: 0 },
  { locale: 'en', theme: 'dark', day: 1 },
  { locale: 'ar', theme: 'light', day: 2 },
  { locale: 'ar', theme: 'dark', day: 3 },
  { locale: 'en', theme: 'auto', day: 4, scheme: 'dark' as const },
  { locale: 'de', theme: 'light', day: 5, brand: '#ffcc00' },
  { locale: 'ar', theme: 'dark', day: 6, brand: '#0a1a3a' },
];

for (const c of CASES) {
  const name = `${c.locale} ${c.theme}${c.scheme ? ` (system ${c.scheme})` : ''}${c.brand ? ` brand ${c.brand}` : ''}`;
  test(`axe finds nothing on calendar, times, form with errors and confirmation: ${name}`, async ({ page }) => {
    // Four full axe runs over the shadow DOM: seconds each on a busy machine.
    test.slow();
    if (c.scheme) await page.emulateMedia({ colorScheme: c.scheme });
    const t = TEXTS[c.locale as keyof typeof TEXTS];
    const widget = await openPlayground(page, { locale: c.locale, theme: c.theme, ...(c.brand ? { brand: c.brand } : {}) });
    await expect(widget.getByRole('grid')).toBeVisible();
    await expect(widget.locator('.bw')).toHaveAttribute('dir', c.locale === 'ar' ? 'rtl' : 'ltr');
    expect(await axeViolations(page), 'calendar').toEqual([]);

    const slot = await pickOpenDay(widget, c.day, t);
    expect(await axeViolations(page), 'times of a day').toEqual([]);

    await slot.click();
    await expect(widget.getByRole('heading', { level: 2, name: textPattern(t.form_heading) })).toBeFocused();
    await widget.getByRole('button', { name: t.submit_button }).click();
    const nameBox = widget.getByRole('textbox', { name: t.field_title_name });
    await expect(nameBox).toHaveAttribute('aria-invalid', 'true');
    await expect(nameBox).toHaveAccessibleDescription(textPattern(t.field_required));
    await expect(nameBox).toHaveAttribute('aria-required', 'true');
    await expect(widget.getByRole('status')).toHaveText(textPattern(t.form_invalid));
    expect(await axeViolations(page), 'form with errors').toEqual([]);

    await fillAndBook(widget, t);
    await expect(widget.getByRole('heading', { name: t.confirmed_heading })).toBeFocused();
    await expect(widget.getByRole('status')).toHaveText(t.confirmed_heading);
    expect(await axeViolations(page), 'confirmation').toEqual([]);
  });

  test(`axe finds nothing on the error view: ${name}`, async ({ page }) => {
    if (c.scheme) await page.emulateMedia({ colorScheme: c.scheme });
    const t = TEXTS[c.locale as keyof typeof TEXTS];
    await page.route('**/v2/availability*', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"down"}' }),
    );
    const widget = await openPlayground(page, { locale: c.locale, theme: c.theme, ...(c.brand ? { brand: c.brand } : {}) });
    await expect(widget.getByRole('alert')).toContainText(t.error_server);
    await expect(widget.getByRole('button', { name: t.retry })).toBeVisible();
    expect(await axeViolations(page), 'error view').toEqual([]);
  });
}

test('the config error view has no violations either', async ({ page }) => {
  await page.goto('/config-error.html');
  await expect(page.locator('#bad-types').getByRole('alert')).toContainText('resources must be a list of resource ids');
  expect(await axeViolations(page, '#bad-types')).toEqual([]);
  expect(await axeViolations(page, '#bad-json')).toEqual([]);
});
