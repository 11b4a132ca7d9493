import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeBackend } from '../api/createFakeBackend';
import { testGroupSession } from '../api/testGroupSession';
import { BookingModel } from '../model/BookingModel';
import { importSteps } from '../steps/importSteps';
import { App } from './App';

/** Sold out on 24 and 26 November (20 of 20 taken), 5 seats taken on 3 December. */
const SESSIONS = [
  testGroupSession('g0', '2026-11-24T18:00:00Z', { taken: 20 }),
  testGroupSession('g1', '2026-11-26T18:00:00Z', { taken: 20 }),
  testGroupSession('g2', '2026-12-03T18:00:00Z', { taken: 5 }),
];

async function setup(view: 'month' | 'week') {
  const model = new BookingModel({
    config: {
      app_key: 'k',
      project_id: 'p4',
      disable_remote_load: true,
      booking: { graph: 'group_customer' },
      ui: { locale: 'en-GB', timezone: 'Europe/London', availability_view: view },
    },
    backend: createFakeBackend({ sessions: SESSIONS }),
    now: () => new Date('2026-11-20T08:00:00Z'),
  });
  render(<App model={model} />);
  await model.start();
  return model;
}

afterEach(cleanup);
// Group sessions are read by the steps' code: loaded up front, as in App.test.tsx.
beforeAll(() => importSteps(), 30_000);

describe('<App> with group sessions', () => {
  it('opens the month on the first day with a free seat and marks sold-out days fully booked', async () => {
    await setup('month');
    const december = await screen.findByRole('grid', { name: 'December 2026' });
    const open = within(december).getByRole('button', { name: 'Thursday, 3 December 2026, 1 time available' });
    expect(open.classList.contains('bw-open')).toBe(true);
    expect(screen.queryByText(/^Fully booked/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    const november = await screen.findByRole('grid', { name: 'November 2026' });
    // A sold-out day is not drawn as open, and its name says why; it stays choosable (its cards offer the waitlist).
    const full = within(november).getByRole('button', { name: 'Tuesday, 24 November 2026, fully booked' });
    expect(full.classList.contains('bw-open')).toBe(false);
    expect(full.classList.contains('bw-full')).toBe(true);
    fireEvent.click(full);
    expect(await screen.findByText(/^Fully booked in November 2026: every session is sold out\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sold out/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^Go to the next open day, Thursday,? 3 December 2026/ }));
    await screen.findByRole('grid', { name: 'December 2026' });
    expect(screen.queryByText(/^Fully booked/)).toBeNull();
  });

  it('says a week of sold-out sessions is fully booked and jumps to the next day with a free seat', async () => {
    await setup('week');
    // It opens on the first day with a free seat; the week before it is sold out and says so.
    await screen.findByRole('heading', { name: 'Week of 30 November 2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(await screen.findByText(/^Fully booked this week: every session is sold out\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Go to the next open day, Thursday,? 3 December 2026/ }));
    await screen.findByRole('heading', { name: 'Week of 30 November 2026' });
    expect(screen.queryByText(/^Fully booked/)).toBeNull();
    // Sessions are a list of the week's days (their cards do not fit a time grid's column); the last week says until when.
    expect(screen.queryByRole('table')).toBeNull();
    const day = screen.getByRole('region', { name: 'Thursday, 3 December 2026' });
    expect(within(day).getByRole('button', { name: /Flux capacitance webinar/ })).toBeTruthy();
    expect(screen.getByText('Times are open until 3 December 2026.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next week' }).getAttribute('aria-disabled')).toBe('true');
  });
});
