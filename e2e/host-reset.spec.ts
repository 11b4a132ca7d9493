import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every inherited property the issue names, and more a page might set. */
const PROPS = [
  'text-align',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'color',
  'text-transform',
  'text-indent',
  'white-space',
  'cursor',
  'visibility',
  'direction',
  'text-shadow',
  'word-break',
  'hyphens',
  'tab-size',
  'list-style-type',
  'list-style-position',
  '-webkit-text-fill-color',
  'text-rendering',
  'quotes',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'empty-cells',
];

/** The computed styles of every element in the widget's shadow root, in document order. */
async function shadowStyles(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const widget = page.locator('#widget');
  await expect(widget.getByRole('grid')).toBeVisible();
  await expect(widget.getByRole('contentinfo').or(widget.locator('.bw-footer'))).toBeVisible();
  return page.evaluate((props) => {
    const root = document.querySelector('#widget')!.shadowRoot!;
    return Array.from(root.querySelectorAll('.bw, .bw *')).map((el) => {
      const cs = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}.${el.className} ${props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
    });
  }, PROPS);
}

test('a stylesheet on every ancestor leaves the widget computed styles exactly as on a plain page', async ({ page }) => {
  const plain = await shadowStyles(page, '/host-reset.html');
  const hostile = await shadowStyles(page, '/host-reset.html?hostile');
  // The hostile page really is hostile outside the widget.
  expect(await page.evaluate(() => getComputedStyle(document.body).textAlign)).toBe('center');
  expect(plain.length).toBeGreaterThan(20);
  expect(hostile).toEqual(plain);
});

test('theming still reaches in through custom properties and parts', async ({ page }) => {
  await page.goto('/host-reset.html?hostile');
  await page.addStyleTag({ content: '#widget { --bw-font: Georgia, serif; } #widget::part(root) { letter-spacing: 1px; }' });
  const root = page.locator('#widget').locator('.bw');
  await expect(root).toHaveCSS('font-family', 'Georgia, serif');
  await expect(root).toHaveCSS('letter-spacing', '1px');
});
