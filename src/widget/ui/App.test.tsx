import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from '../model/BookingModel';
import type { Slot } from '../../wire/index';
import { importSteps } from '../steps/importSteps';
import { App } from './App';

const doc = { id: 'd1', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const at = (start: string): Slot => ({ start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), resources: [doc] });
const SLOTS = [at('2026-11-24T14:00:00Z'), at('2026-11-24T15:00:00Z'), at('2026-11-26T09:00:00Z')];

async function setup(config: Record<string, unknown> = {}, slots = SLOTS) {
  // The steps' code is fetched once the calendar shows; here it is there from the start, so no test
  // waits on the first transform of those modules (steps/loadSteps.test.tsx covers the download).
  await importSteps();
  const backend = createFakeBackend({ slots });
  const model = new BookingModel({
    config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' }, ...config },
    backend,
    now: () => new Date('2026-11-20T08:00:00Z'),
  });
  render(<App model={model} />);
  await model.start();
  return { model, backend };
}

afterEach(cleanup);

// The steps file (form, views, popup) is fetched once, at the first calendar; its first import in a
// test run can outlast testing-library's 1 s wait on a busy machine, so it is loaded up front here
// (its late arrival is tested in steps/loadSteps.test.tsx).
beforeAll(() => importSteps(), 30_000);

describe('<App>', () => {
  it('renders the month as a grid with named days and the first open day selected', async () => {
    await setup();
    const grid = await screen.findByRole('grid', { name: 'November 2026' });
    const day = within(grid).getByRole('button', { name: 'Tuesday, 24 November 2026, 2 times available' });
    expect(day.getAttribute('tabindex')).toBe('0');
    expect(day.closest('td')!.getAttribute('aria-selected')).toBe('true');
    expect(within(grid).getAllByRole('columnheader')[0].getAttribute('aria-label')).toBe('Monday');
    const empty = within(grid).getByRole('button', { name: 'Wednesday, 25 November 2026, no times available' });
    expect([empty.getAttribute('tabindex'), empty.getAttribute('aria-disabled')]).toEqual(['-1', 'true']);
    // A day without times is not chosen (the selection stays), as in the date-picker pattern.
    fireEvent.click(empty);
    expect(day.closest('td')!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: '14:00, Tuesday, 24 November 2026' })).toBeTruthy();
  });

  it("shows the project's price in the details, in the visitor's number style", async () => {
    await setup({
      ui: { locale: 'de', timezone: 'Europe/Berlin' },
      booking: { what: 'Beratung', price: { gross: 49.5, currency: 'EUR' } },
    });
    expect((await screen.findByText(/^49,50\s€$/)).className).toBe('bw-price');
  });

  it("keeps the host's line while the times that name the host load, so the month does not move down", async () => {
    await importSteps();
    const backend = createFakeBackend({ slots: SLOTS });
    const release = backend.hold('getAvailability');
    const model = new BookingModel({
      config: { app_key: 'k', resources: ['d1'], booking: { what: 'Flux check' }, ui: { locale: 'en-GB', timezone: 'Europe/London' } },
      backend,
      now: () => new Date('2026-11-20T08:00:00Z'),
    });
    const { container } = render(<App model={model} />);
    const started = model.start();
    await waitFor(() => expect(container.querySelector('[part=loading]')).toBeTruthy());
    const line = () => container.querySelector('.bw-host');
    expect(line()?.textContent?.trim()).toBe('');
    release();
    await started;
    expect(line()?.textContent).toBe('DBDoc Brown');
  });

  it('names every host of a mutual time in the form, joined in the visitor’s language', async () => {
    const marty = { id: 'm1', name: 'Marty McFly', timezone: 'America/New_York' };
    await setup({ ui: { locale: 'de', timezone: 'Europe/Berlin' } }, [{ ...at('2026-11-24T14:00:00Z'), resources: [doc, marty] }]);
    fireEvent.click(await screen.findByRole('button', { name: /^15:00, Dienstag/ }));
    expect((await screen.findByText('Doc Brown und Marty McFly')).tagName).toBe('STRONG');
  });

  it('moves focus with the arrow keys (roving tabindex) and selects with a click', async () => {
    await setup({}, [...SLOTS, at('2026-12-09T10:00:00Z')]);
    const day = await screen.findByRole('button', { name: /^Tuesday, 24 November 2026/ });
    day.focus();
    fireEvent.keyDown(day, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Wednesday, 25 November/ }).getAttribute('tabindex')).toBe('0'));
    fireEvent.keyDown(screen.getByRole('button', { name: /^Wednesday, 25 November/ }), { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Wednesday, 2 December/ }).getAttribute('tabindex')).toBe('0'));
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('button', { name: /^Wednesday, 2 December/ }), { key: 'PageUp' });
    // Not before today's month, where the previous month's arrow stops too.
    fireEvent.keyDown(await screen.findByRole('button', { name: /^Monday, 2 November/ }), { key: 'PageUp' });
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /^Thursday, 26 November 2026, 1 time available/ }));
    expect(screen.getByRole('button', { name: '09:00, Thursday, 26 November 2026' })).toBeTruthy();
  });

  it('says why a month is empty, jumps to the next open day, and stops at the last month with times', async () => {
    await setup({}, [...SLOTS, at('2027-01-12T10:00:00Z')]);
    expect(screen.queryByRole('button', { name: 'Previous month', hidden: false })?.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(await screen.findByRole('button', { name: 'Next month' }));
    expect(screen.getByText(/No open times in December 2026/)).toBeTruthy();
    // The heading that changed is not a live region: the month is said.
    expect(screen.getByRole('status').textContent).toBe('December 2026');
    // The side panel never keeps another month's times.
    expect(screen.queryByRole('button', { name: /24 November/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Go to the next open day, Tuesday, 12 January 2027' }));
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeTruthy();
    expect(screen.getByText('Times are open until 12 January 2027.')).toBeTruthy();
    // At the end the arrow stays focusable (a disabled one would drop the keyboard's focus to the page) and does nothing.
    const next = screen.getByRole('button', { name: 'Next month' });
    expect([next.hasAttribute('disabled'), next.getAttribute('aria-disabled')]).toEqual([false, 'true']);
    next.focus();
    fireEvent.click(next);
    expect([screen.getByRole('grid', { name: 'January 2027' }), document.activeElement]).toEqual([expect.anything(), next]);
    // The grid's keys stop where the arrows do.
    const day = screen.getByRole('button', { name: /^Tuesday, 12 January 2027/ });
    fireEvent.keyDown(day, { key: 'PageDown' });
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeTruthy();
    fireEvent.keyDown(day, { key: 'PageUp', shiftKey: true });
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeTruthy();
  });

  it('says once that there are no times at all', async () => {
    await setup({}, []);
    await waitFor(() =>
      expect(document.querySelector('.bw-empty')?.textContent).toBe('There are no open times right now. Please check back later.'),
    );
    expect(screen.queryByText(/^No open times in/)).toBeNull();
  });

  it('books through the form with inline errors linked to their fields', async () => {
    const { backend } = await setup({ customer_fields: { phone: { title: 'Phone', format: 'tel' } } });
    fireEvent.click(await screen.findByRole('button', { name: '14:00, Tuesday, 24 November 2026' }));
    const heading = await screen.findByRole('heading', { name: /Book Tuesday, 24 November 2026, 14:00 – 14:30/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.input(screen.getByLabelText(/Phone/), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book it' }));
    const name = screen.getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Name is required');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(screen.getByRole('status').textContent).toBe('3 fields need your attention');
    fireEvent.input(name, { target: { value: 'Marty' } });
    fireEvent.input(screen.getByRole('textbox', { name: /E-mail/ }), { target: { value: 'marty@example.com' } });
    fireEvent.input(screen.getByLabelText(/Phone/), { target: { value: '+1 555 0100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Book it' }));
    expect(await screen.findByRole('heading', { name: 'You are booked' })).toBeTruthy();
    expect(screen.getByText('We have received your booking and sent a confirmation to marty@example.com')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Apple (.ics)' }).getAttribute('href')).toMatch(/^data:text\/calendar/);
    expect(screen.getByText('Meeting with Doc Brown')).toBeTruthy();
    expect(backend.calls.filter((c) => c.method === 'createBooking')).toHaveLength(1);
  });

  it('shows a taken slot with a way back to fresh times, keeping the values', async () => {
    const { backend } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: '14:00, Tuesday, 24 November 2026' }));
    fireEvent.input(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Marty' } });
    fireEvent.input(screen.getByRole('textbox', { name: /E-mail/ }), { target: { value: 'm@example.com' } });
    backend.failNext('createBooking', new ApiError('validation', 422, 'taken', { start: ['The slot is taken'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Book it' }));
    expect((await screen.findByRole('alert')).textContent).toContain('that time was just taken');
    // One way on, and no "Book it" for a time that is gone.
    expect(screen.getByRole('button', { name: 'Book it' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Back to fresh times' })));
    fireEvent.click(screen.getByRole('button', { name: 'Back to fresh times' }));
    fireEvent.click(await screen.findByRole('button', { name: '15:00, Tuesday, 24 November 2026' }));
    expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('Marty');
  });

  it('gives the focus back to the picked time when the visitor goes back from the form', async () => {
    await setup();
    fireEvent.click(await screen.findByRole('button', { name: '15:00, Tuesday, 24 November 2026' }));
    await screen.findByRole('heading', { name: /^Book Tuesday, 24 November 2026, 15:00/ });
    fireEvent.click(screen.getByRole('button', { name: 'Back to times' }));
    const time = await screen.findByRole('button', { name: '15:00, Tuesday, 24 November 2026' });
    await waitFor(() => expect(document.activeElement).toBe(time));
  });

  it('keeps the focus on the form when Try again sends the booking again', async () => {
    const { backend } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: '14:00, Tuesday, 24 November 2026' }));
    fireEvent.input(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Marty' } });
    fireEvent.input(screen.getByRole('textbox', { name: /E-mail/ }), { target: { value: 'm@example.com' } });
    backend.failNext('createBooking', new ApiError('server', 503, 'down'));
    fireEvent.click(screen.getByRole('button', { name: 'Book it' }));
    const retry = await screen.findByRole('button', { name: 'Try again' });
    retry.focus();
    backend.failNext('createBooking', new ApiError('server', 503, 'down'));
    fireEvent.click(retry);
    // The retry button is gone while the booking is sent: the focus is on the form's button, not the page.
    expect(document.activeElement?.className).toMatch(/bw-submit/);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(document.activeElement?.className).toMatch(/bw-submit/);
  });

  it('shows config errors by key instead of a blank box', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await setup({ resources: 'd1' });
    // The error view comes with the lazily loaded steps.
    expect(await screen.findByRole('heading', { name: 'This booking widget is not set up correctly' })).toBeTruthy();
    // Keys as code (left to right in every language), without their backticks.
    const problem = screen.getByRole('listitem');
    expect([problem.textContent, problem.getAttribute('dir'), problem.querySelector('code')?.textContent]).toEqual([
      'resources must be a list of resource ids, got "d1"',
      'ltr',
      'resources',
    ]);
    vi.restoreAllMocks();
  });

  it('shows an unknown ui.timezone as a config error, and draws nothing in that zone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { model } = await setup({ ui: { locale: 'en-GB', timezone: 'Mars/Phobos' } });
    expect((await screen.findByRole('listitem')).textContent).toBe(
      'ui.timezone must be an IANA time zone like Europe/Berlin, got "Mars/Phobos"',
    );
    expect(model.timeZone.value).not.toBe('Mars/Phobos');
    vi.restoreAllMocks();
  });

  it('renders week and list views', async () => {
    const { model } = await setup({ ui: { locale: 'en-GB', timezone: 'Europe/London', availability_view: 'agendaWeek' } });
    // A time grid: a column per day (named in full), a row per time of day; a day without times says so.
    const grid = screen.getByRole('table', { name: 'Week of 23 November 2026' });
    expect(within(grid).getByRole('columnheader', { name: 'Tuesday, 24 November 2026' })).toBeTruthy();
    expect(
      within(grid)
        .getAllByRole('row')
        .map((r) =>
          within(r)
            .queryAllByRole('button')
            .map((b) => b.textContent),
        ),
    ).toEqual([[], ['09:00'], ['14:00'], ['15:00']]);
    expect(within(grid).getAllByText('No times')).toHaveLength(5);
    expect(within(grid).getByRole('button', { name: '14:00, Tuesday, 24 November 2026' })).toBeTruthy();
    model.setView('list');
    await screen.findByRole('heading', { name: 'Thursday, 26 November 2026' });
  });

  it('changes the time zone from a combobox: type, arrows, Enter picks and closes', async () => {
    await setup();
    const toggle = await screen.findByRole('button', { name: 'Change time zone, now London (GMT+00:00)' });
    fireEvent.click(toggle);
    const box = screen.getByRole('combobox', { name: 'Search time zones' });
    const list = screen.getByRole('listbox', { name: 'Time zones' });
    // Nothing typed: the zone shown now comes first, highlighted, with its offset.
    expect(within(list).getAllByRole('option')[0].textContent).toBe('London GMT+00:00');
    expect(box.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[0].id);
    fireEvent.input(box, { target: { value: 'tokyo' } });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Tokyo GMT+09:00']);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByRole('button', { name: '23:00, Tuesday, 24 November 2026' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Times are now shown in Tokyo (GMT+09:00)');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change time zone, now Tokyo (GMT+09:00)' }));
  }, 30_000);

  it('says "no match" once in the status, and closes the zone search when Tab leaves it', async () => {
    await setup();
    const toggle = await screen.findByRole('button', { name: /^Change time zone/ });
    fireEvent.click(toggle);
    const box = screen.getByRole('combobox', { name: 'Search time zones' });
    fireEvent.input(box, { target: { value: 'zzzq' } });
    expect([box.getAttribute('aria-expanded'), box.getAttribute('aria-controls')]).toEqual(['false', null]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/zzzq/));
    expect(screen.getAllByRole('status')).toHaveLength(1);
    fireEvent.input(box, { target: { value: '' } });
    // Focus moves on past the search (Tab): it closes, and the focus is left where it went.
    const next = screen.getByRole('button', { name: /^14:00/ });
    next.focus();
    fireEvent.focusOut(box, { relatedTarget: next });
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull());
    expect([toggle.getAttribute('aria-expanded'), document.activeElement]).toEqual(['false', next]);
  });

  it('moves through the zones with the arrows and closes on Escape without a change', async () => {
    await setup();
    fireEvent.click(await screen.findByRole('button', { name: /^Change time zone/ }));
    const box = screen.getByRole('combobox', { name: 'Search time zones' });
    fireEvent.input(box, { target: { value: '+09' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Change time zone, now London (GMT+00:00)' })).toBeTruthy();
  }, 30_000);
});

describe('<App> with disable_confirm_page', () => {
  it('marks the picked time instead of opening the form, and calls clickTimeslot', async () => {
    const clickTimeslot = vi.fn();
    await setup({ disable_confirm_page: true, callbacks: { clickTimeslot } });
    const button = await screen.findByRole('button', { name: '14:00, Tuesday, 24 November 2026' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(clickTimeslot).toHaveBeenCalledWith(expect.objectContaining({ start: '2026-11-24T14:00:00Z' }));
    expect(screen.queryByRole('button', { name: 'Book it' })).toBeNull();
  });
});
