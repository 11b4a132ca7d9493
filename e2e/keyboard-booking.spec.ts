import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openPlayground, tabNext } from './a11y-helpers';

/** The focused element, looking through open shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const el = a as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      day: el?.dataset.day ?? '',
      cls: el?.className ?? '',
      text: el?.textContent?.trim() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      outline: el ? getComputedStyle(el).outlineStyle : '',
    };
  });
}

async function tabUntil(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (test(f)) return f;
  }
  throw new Error('focus never reached the element');
}

test('keyboard only: from the first Tab to the confirmation, never the mouse', async ({ page }) => {
  await page.goto('/data-attributes.html');
  const widget = page.locator('#widget');
  await expect(widget.getByRole('grid')).toBeVisible();

  // Into the grid: exactly one day is in the Tab order, and its focus ring shows.
  const first = await tabUntil(page, (f) => f.day !== '');
  expect(first.outline).toBe('solid');
  // Arrow along the days to the 11th open day from here (ArrowRight crosses into the next month).
  let seen = 0;
  for (let i = 0; i < 120 && seen < 11; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await focused(page)).cls.includes('bw-open')) seen++;
  }
  const day = await focused(page);
  expect(day.cls).toContain('bw-open');
  expect(day.label).toMatch(/^\w+day, \w+ \d{1,2}, 20\d\d, \d+ times? available/);
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('region', { name: /^Times on/ })).toBeVisible();
  await expect(widget.getByRole('gridcell', { selected: true })).toHaveCount(1);

  // On to the first time of that day, and pick it.
  const slot = await tabUntil(page, (f) => f.cls.includes('bw-slot'));
  expect(slot.label).toMatch(/^\d{1,2}:\d{2} [AP]M, \w+day, \w+ \d{1,2}, 20\d\d$/);
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { level: 2, name: /^Book / })).toBeFocused();

  // The form: Tab from the heading reaches the way to change the time (in the chosen time's
  // summary), then the fields in order, then the button.
  await tabNext(page, widget.getByRole('button', { name: 'Back to times' }));
  await tabNext(page, widget.getByRole('textbox', { name: 'Name' }));
  await page.keyboard.press('Enter'); // submitting empty: errors, and focus goes to the first invalid field
  await expect(widget.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Marty McFly');
  await tabNext(page, widget.getByRole('textbox', { name: 'E-mail' }));
  await page.keyboard.type('marty@example.com');
  await tabNext(page, widget.getByRole('textbox', { name: 'Phone' }));
  await page.keyboard.type('+1 555 0100');
  await tabNext(page, widget.getByRole('button', { name: 'Book it' }));
  await page.keyboard.press('Enter');

  await expect(widget.getByRole('heading', { name: 'You are booked' })).toBeFocused();
  await expect(widget.getByRole('status')).toHaveText('You are booked');
  await expect(widget).toContainText('marty@example.com');
});

test('the grid key map: arrows, Home/End, PageUp/PageDown (Shift for a year)', async ({ page }) => {
  const widget = await openPlayground(page, { locale: 'en', format: '24h-dmy-mon' });
  const grid = widget.getByRole('grid');
  await expect(grid).toBeVisible();
  await grid.locator('button[tabindex="0"]').focus();
  const at = async () => (await focused(page)).day;
  const start = await at();
  const shift = (days: number) => new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
  await page.keyboard.press('ArrowRight');
  expect(await at()).toBe(shift(1));
  await page.keyboard.press('ArrowDown');
  expect(await at()).toBe(shift(8));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  expect(await at()).toBe(start);
  // Week starts on Monday with 24h-dmy-mon: Home is a Monday, End a Sunday.
  await page.keyboard.press('Home');
  expect(new Date(await at()).getUTCDay()).toBe(1);
  await page.keyboard.press('End');
  expect(new Date(await at()).getUTCDay()).toBe(0);
  // PageDown is the next month where the next month's arrow would go, and nothing where it would not
  // (the keys stop where the arrows do: no month after the last with times).
  const beforePage = await at();
  const nextOpen = (await widget.getByRole('button', { name: 'Next month' }).getAttribute('aria-disabled')) !== 'true';
  await page.keyboard.press('PageDown');
  if (nextOpen) expect((await at()).slice(5, 7)).toBe(String((Number(beforePage.slice(5, 7)) % 12) + 1).padStart(2, '0'));
  else expect(await at()).toBe(beforePage);
  await expect(grid).toHaveAccessibleName(
    new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${(await at()).slice(0, 7)}-15T00:00:00Z`),
    ),
  );
  // Shift+PageDown is a year on: past the last month with times, so the focus stays.
  const beforeYear = await at();
  await page.keyboard.press('Shift+PageDown');
  expect(await at()).toBe(beforeYear);
  if (nextOpen) await page.keyboard.press('PageUp');
  expect((await at()).slice(0, 7)).toBe(beforePage.slice(0, 7));
  // Nor before today's month, where the previous month's arrow stops.
  await page.keyboard.press('Shift+PageUp');
  expect((await at()).slice(0, 7)).toBe(beforePage.slice(0, 7));
});

test('right to left: ArrowLeft is the next day, ArrowRight the previous one', async ({ page }) => {
  const widget = await openPlayground(page, { locale: 'ar' });
  const grid = widget.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(widget.locator('.bw')).toHaveAttribute('dir', 'rtl');
  await grid.locator('button[tabindex="0"]').focus();
  const start = (await focused(page)).day;
  await page.keyboard.press('ArrowLeft');
  expect((await focused(page)).day).toBe(new Date(Date.parse(start) + 86_400_000).toISOString().slice(0, 10));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect((await focused(page)).day).toBe(new Date(Date.parse(start) - 86_400_000).toISOString().slice(0, 10));
  // And the next day is drawn to the left of the day before it (when both are in one week row; Saturday starts a row in ar).
  const box = async (d: string) => (await grid.locator(`button[data-day="${d}"]`).boundingBox())!;
  const a = new Date(Date.parse(start) - 86_400_000).toISOString().slice(0, 10);
  if (a.slice(0, 7) === start.slice(0, 7) && new Date(start).getUTCDay() !== 6) expect((await box(start)).x).toBeLessThan((await box(a)).x);
});
