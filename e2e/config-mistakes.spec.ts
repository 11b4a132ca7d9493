import { expect, test } from './fixtures';

test('misspelt attributes and keys log their suggestion; a base URL with v2/ works; a missing resource is a setup problem', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/mistakes.html');
  const typos = page.locator('#typos');
  // data-api-base-url ends in v2/: the times load (no /v2/v2/).
  await expect(typos.getByRole('grid')).toBeVisible();
  await expect
    .poll(() => warnings)
    .toEqual(
      expect.arrayContaining([
        'Booking widget: unknown attribute `data-lenght` (did you mean `data-length`?); it is ignored',
        'Booking widget: unknown attribute `data-them` (did you mean `data-theme`?); it is ignored',
        'Booking widget: unknown config key `ui.dispaly_name` (did you mean `ui.display_name`?); it is ignored',
      ]),
    );
  expect(warnings.filter((w) => w.includes('data-lenght'))).toHaveLength(1);
  const missing = page.locator('#missing');
  await expect(missing.getByRole('alert')).toContainText(
    'Not found: resources: Resource 99999999-9999-4999-8999-999999999999 does not exist. Check resources',
  );
  await expect(missing).not.toContainText('refused');
});
