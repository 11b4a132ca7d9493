import { expect, test } from './fixtures';
import { TEXTS, fillAndBook, openPlayground, pickOpenDay, textPattern } from './a11y-helpers';

const de = TEXTS.de;
const weekday =
  (style: 'short' | 'long', locale = 'de') =>
  (d: number) =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 22 + d))); // 22 Nov 2026 is a Sunday

test('German: book with German texts, German dates and the 24-hour clock @phone', async ({ page }, info) => {
  const widget = await openPlayground(page, { locale: 'de', theme: 'light' });
  const grid = widget.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(widget.locator('.bw')).toHaveAttribute('lang', /^de/);
  // Week starts on Monday; column headers are German weekday names from Intl.
  await expect(grid.locator('th').first()).toHaveText(weekday('short')(1));
  await expect(grid.locator('th').last()).toHaveText(weekday('short')(0));
  await expect(grid).toHaveAccessibleName(/^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) 20\d\d$/);
  await expect(widget.getByRole('button', { name: de.next_month })).toBeVisible();
  await expect(grid.locator('button.bw-open').first()).toHaveAccessibleName(
    /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ 20\d\d, \d+ (freier Termin|freie Termine)/,
  );

  const slot = await pickOpenDay(widget, info.project.name === 'phone' ? 12 : 11, de);
  await expect(slot).toHaveText(/^\d{2}:\d{2}$/);
  await expect(slot).toHaveAccessibleName(
    /^\d{2}:\d{2}, (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ 20\d\d$/,
  );
  await expect(widget.getByText(`${de.timezone_label}:`)).toBeVisible();

  await slot.click();
  await expect(widget.getByRole('heading', { level: 2, name: /buchen$/ })).toHaveText(/^.+, \d{2}:\d{2} – \d{2}:\d{2} buchen$/);
  await expect(widget.getByRole('button', { name: textPattern(de.back_to_times, false) })).toBeVisible();
  await widget.getByRole('button', { name: de.submit_button }).click();
  await expect(widget.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name ist ein Pflichtfeld');
  await expect(widget.getByRole('status')).toHaveText(textPattern(de.form_invalid));
  await widget.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('kein-at-zeichen');
  await widget.getByRole('button', { name: de.submit_button }).click();
  await expect(widget.getByRole('textbox', { name: 'E-Mail', exact: true })).toHaveAccessibleDescription(textPattern(de.field_email));

  await fillAndBook(widget, de, 'Emmett Brown', 'doc@example.com');
  await expect(widget.getByRole('heading', { name: de.confirmed_heading })).toBeFocused();
  await expect(widget.getByRole('status')).toHaveText(de.confirmed_heading);
  await expect(widget).toContainText(de.success_message.replace('{email}', 'doc@example.com'));
  // Date, times and zone on three lines: the zone is written once, without brackets around its own.
  await expect(widget.locator('dd').filter({ hasText: /\d{2}:\d{2} – \d{2}:\d{2}/ })).toHaveText(
    /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ 20\d\d\d{2}:\d{2} – \d{2}:\d{2}[^()]+\((GMT|UTC)[+−-]\d{2}:\d{2}\)$/,
  );
  await expect(widget.getByRole('group', { name: de.add_to_calendar }).getByRole('link')).toHaveText([
    'Google',
    'Outlook.com',
    'Office 365',
    de.apple_ics,
  ]);
  await expect(widget.getByText('Termin mit', { exact: false })).toBeVisible();
  await expect(widget.getByRole('button', { name: de.book_another })).toBeVisible();
});

test('German time-zone picker: German labels, search by German zone name, German announcement', async ({ page }) => {
  const widget = await openPlayground(page, { locale: 'de' });
  await expect(widget.getByRole('grid')).toBeVisible();
  await widget.getByRole('button', { name: textPattern(de.timezone_change) }).click();
  const search = widget.getByRole('combobox', { name: de.timezone_search });
  await expect(search).toBeFocused();
  await search.fill('Mitteleuropäische');
  const list = widget.getByRole('listbox', { name: de.timezone_list });
  await expect(list.getByRole('option', { name: /^Berlin GMT\+0[12]:00$/ })).toBeVisible();
  await list.getByRole('option', { name: /^Berlin / }).click();
  await expect(widget.getByRole('status')).toHaveText(/^Die Zeiten werden jetzt in Berlin \(GMT\+0[12]:00\) angezeigt$/);
  // Picking closed the list and gave focus back to the button.
  await expect(widget.getByRole('button', { name: /^Zeitzone ändern, derzeit Berlin/ })).toBeFocused();
  await widget.getByRole('button', { name: /^Zeitzone ändern, derzeit Berlin/ }).click();
  await search.fill('xyzzy');
  // Shown under the box, and said once in the widget's one live region.
  await expect(widget.locator('#bw-tz-panel').getByText(de.timezone_no_match.replace('{query}', 'xyzzy'))).toBeVisible();
  await expect(widget.getByRole('status')).toHaveText(de.timezone_no_match.replace('{query}', 'xyzzy'));
  await search.press('Escape');
  await expect(widget.getByRole('button', { name: /^Zeitzone ändern, derzeit Berlin/ })).toBeFocused();
});

test('ui.time_date_format wins over the locale: German with 12h-mdy-sun, US English with 24h-dmy-mon', async ({ page }) => {
  let widget = await openPlayground(page, { locale: 'de', format: '12h-mdy-sun' });
  await expect(widget.getByRole('grid').locator('th').first()).toHaveText(weekday('short')(0));
  let slot = await pickOpenDay(widget, 0, de);
  await expect(slot).toHaveText(/^\d{1,2}:\d{2}\s?(AM|PM)$/);

  widget = await openPlayground(page, { locale: 'en-US', format: '24h-dmy-mon' });
  await expect(widget.getByRole('grid').locator('th').first()).toHaveText(weekday('short', 'en-US')(1));
  slot = await pickOpenDay(widget, 0, TEXTS.en);
  await expect(slot).toHaveText(/^\d{2}:\d{2}$/);
});
