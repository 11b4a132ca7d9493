import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { en, type Catalog } from '../src/widget/i18n/en';
import { ar } from '../src/widget/i18n/locales/ar';
import { de } from '../src/widget/i18n/locales/de';

/** The catalogs the a11y, keyboard and locale specs read their expected texts from. */
export const TEXTS: Record<'en' | 'de' | 'ar', Catalog> = { en, de, ar };

/** The WCAG tags every axe run checks (2.0, 2.1 and 2.2 at A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens demo/playground.html with the given choices (locale, theme, brand, view, format, pagelang). */
export async function openPlayground(page: Page, choice: Record<string, string> = {}): Promise<Locator> {
  await page.goto(`/playground.html?${new URLSearchParams(choice)}`);
  return page.locator('#widget');
}

/** axe's violations inside the widget (shadow root pierced), one line each, empty when clean. */
export async function axeViolations(page: Page, host = '#widget'): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(host).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regexp for a catalog text with `{placeholders}` as wildcards; plural forms match any of their forms. */
export function textPattern(text: string | Partial<Record<string, string>>, anchored = true): RegExp {
  const forms = typeof text === 'string' ? [text] : (Object.values(text) as string[]);
  const body = forms
    .map((f) =>
      f
        .split(/\{\w+\}/)
        .map(escape)
        .join('.+'),
    )
    .join('|');
  return new RegExp(anchored ? `^(?:${body})$` : `(?:${body})`);
}

/**
 * Picks the `n`-th open day from the shown month on (moving on a month at a time, by the localized
 * "next month" name) and returns the first time button of that day.
 */
export async function pickOpenDay(widget: Locator, n: number, t: Catalog): Promise<Locator> {
  await expect(widget.getByRole('grid')).toBeVisible();
  const open = widget.locator('button.bw-open');
  for (let month = 0; month < 6; month++) {
    const count = await open.count();
    if (n < count) break;
    n -= count;
    await widget.getByRole('button', { name: t.next_month }).click();
  }
  await open.nth(n).click();
  const times = widget.getByRole('region', { name: textPattern(t.times_heading) });
  const first = times.getByRole('button').first();
  await expect(first).toBeVisible();
  return first;
}

/** Fills the name and e-mail fields (found by their labels) and submits with the localized button. */
export async function fillAndBook(widget: Locator, t: Catalog, name = 'Marty McFly', email = 'marty@example.com'): Promise<void> {
  await widget.getByRole('textbox', { name: t.field_title_name }).fill(name);
  await widget.getByRole('textbox', { name: t.field_title_email }).fill(email);
  await widget.getByRole('button', { name: t.submit_button }).click();
}

/** Whether anything on the page or inside the widget scrolls sideways (content wider than its box). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    const host = document.getElementById('widget');
    const root = host?.shadowRoot?.querySelector<HTMLElement>('.bw');
    if (!host || !root) return ['no widget'];
    const box = root.getBoundingClientRect();
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.bw-sr')) continue;
      // Scroll areas (the times lists) may be wider inside; their own box must still fit.
      if (r.left < box.left - 1 || r.right > box.right + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    return out.slice(0, 5);
  });
}

/** Presses Tab until `target` has focus (at most `most` times), then expects it focused. */
export async function tabTo(page: Page, target: Locator, most = 40): Promise<void> {
  for (let i = 0; i < most && !(await target.evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Presses Tab once and expects `next` to have focus: the Tab order, step by step. */
export async function tabNext(page: Page, next: Locator): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
}
