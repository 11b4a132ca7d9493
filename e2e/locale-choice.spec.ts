import { expect, test } from './fixtures';
import { TEXTS, openPlayground } from './a11y-helpers';
import { es } from '../src/widget/i18n/locales/es';
import { fr } from '../src/widget/i18n/locales/fr';
import { nl } from '../src/widget/i18n/locales/nl';

// Which language the widget speaks: ui.locale / data-locale, else <html lang>, else the browser's.
test('data-locale picks each of the six languages, and Arabic turns the layout right to left', async ({ page }) => {
  for (const [locale, t] of [
    ['en', TEXTS.en],
    ['de', TEXTS.de],
    ['fr', fr],
    ['es', es],
    ['nl', nl],
    ['ar', TEXTS.ar],
  ] as const) {
    const widget = await openPlayground(page, { locale });
    await expect(widget.getByRole('button', { name: t.next_month })).toBeVisible();
    await expect(widget.getByText(`${t.timezone_label}:`)).toBeVisible();
    const root = widget.locator('.bw');
    await expect(root).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(root).toHaveCSS('direction', locale === 'ar' ? 'rtl' : 'ltr');
  }
});

test('without ui.locale the page language decides', async ({ page }) => {
  const widget = await openPlayground(page, { pagelang: 'fr' });
  await expect(widget.getByRole('button', { name: fr.next_month })).toBeVisible();
  await expect(widget.locator('.bw')).toHaveAttribute('lang', /^fr/);
});

test.describe('a browser set to Dutch', () => {
  test.use({ locale: 'nl-NL' });
  test('a page in a language without a catalog falls back to the browser language', async ({ page }) => {
    const widget = await openPlayground(page, { pagelang: 'pt' });
    await expect(widget.getByRole('button', { name: nl.next_month })).toBeVisible();
    await expect(widget.locator('.bw')).toHaveAttribute('lang', 'nl-NL');
  });
  test('ui.locale still wins over the page and the browser', async ({ page }) => {
    const widget = await openPlayground(page, { pagelang: 'fr', locale: 'es' });
    await expect(widget.getByRole('button', { name: es.next_month })).toBeVisible();
  });
});

test('ui.localization overrides any text, Booking.js keys and %s included', async ({ page }) => {
  await openPlayground(page, { locale: 'de' });
  await page.evaluate(
    (env) => {
      const el = document.createElement('booking-widget');
      el.id = 'widget';
      for (const [k, v] of Object.entries({
        'data-api-base-url': env.apiBaseUrl,
        'data-app-key': env.widgetKey,
        'data-resources': '11111111-1111-4111-8111-111111111111',
        'data-length': '30 minutes',
        'data-locale': 'de',
      }))
        el.setAttribute(k, v);
      el.setAttribute(
        'data-config',
        JSON.stringify({
          ui: {
            localization: {
              submit_button: 'Jetzt verbindlich buchen',
              allocated_resource_prefix: 'bei',
              next_month: 'Weiter',
              day_label: { one: '{date}: ein Termin frei', other: '{date}: {count} Termine frei' },
            },
          },
        }),
      );
      document.getElementById('stage')!.replaceChildren(el);
    },
    await page.evaluate(() => (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV),
  );
  const widget = page.locator('#widget');
  await expect(widget.getByRole('button', { name: 'Weiter' })).toBeVisible();
  // The override's text, then the widget's own "(heute)" only on today's date.
  await expect(widget.locator('button.bw-open:not(.bw-today)').first()).toHaveAccessibleName(/: (ein Termin|\d+ Termine) frei$/);
  const today = widget.locator('button.bw-open.bw-today');
  if (await today.count()) await expect(today).toHaveAccessibleName(/: (ein Termin|\d+ Termine) frei \(heute\)$/);
  await widget.locator('button.bw-open').first().click();
  await widget.locator('.bw-times').getByRole('button').first().click();
  await expect(widget.getByRole('button', { name: 'Jetzt verbindlich buchen' })).toBeVisible();
  await expect(widget.locator('.bw-with').filter({ hasText: /^bei / })).toHaveText(/^bei Doc Brown$/);
});
