import { expect, test } from './fixtures';
import { TEXTS, openPlayground, pickOpenDay } from './a11y-helpers';

// Screenshots for a person to look at (test-results/…/*.png): the calendar with a day's times and
// the form with errors, at 1280 and 375 px, light, dark and Arabic. They assert only that the steps render.
const LOOKS = [
  { locale: 'en', theme: 'light' },
  { locale: 'en', theme: 'dark' },
  { locale: 'ar', theme: 'light' },
  { locale: 'ar', theme: 'dark' },
  { locale: 'de', theme: 'light', brand: '#ffcc00' },
] as const;

for (const width of [1280, 375]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const look of LOOKS) {
      test(`${look.locale} ${look.theme}${'brand' in look ? ' brand' : ''}`, async ({ page }, info) => {
        const t = TEXTS[look.locale];
        const widget = await openPlayground(page, { ...look });
        const slot = await pickOpenDay(widget, 1, t);
        await page.mouse.move(0, 0);
        await widget.screenshot({ path: info.outputPath(`calendar-${look.locale}-${look.theme}-${width}.png`) });
        await slot.click();
        await widget.getByRole('button', { name: t.submit_button }).click();
        await expect(widget.getByRole('textbox', { name: t.field_title_name })).toBeFocused();
        await widget.screenshot({ path: info.outputPath(`form-${look.locale}-${look.theme}-${width}.png`) });
      });
    }
  });
}
