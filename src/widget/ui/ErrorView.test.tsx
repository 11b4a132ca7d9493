import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from '../model/BookingModel';
import { importSteps } from '../steps/importSteps';
import { App } from './App';

const SLOTS = [
  { start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [{ id: 'd1', name: 'Doc Brown', timezone: 'UTC' }] },
];

/** A widget whose first load of the times failed (a 500): the error view with Try again. Returns its backend. */
async function failedLoad() {
  // The widget logs each failure for the site's owner; that log is not what these tests read.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const backend = createFakeBackend({ slots: SLOTS });
  backend.failNext('getAvailability', new ApiError('server', 500, 'boom'));
  const model = new BookingModel({
    config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' } },
    backend,
    now: () => new Date('2026-11-20T08:00:00Z'),
  });
  render(<App model={model} />);
  await model.start();
  return backend;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
// The error view comes with the steps file: loaded up front (its first transform can be slow).
beforeAll(() => importSteps(), 30_000);

describe('<ErrorView> Try again', () => {
  it('after a failed load, Try again shows the calendar and gives its heading the focus (not the page)', async () => {
    await failedLoad();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    retry.focus();
    fireEvent.click(retry);
    await screen.findByRole('grid', { name: 'November 2026' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Choose a day' })));
  });

  it('when the retry fails too, the error heading takes the focus', async () => {
    const backend = await failedLoad();
    backend.failNext('getAvailability', new ApiError('network', 0, 'offline'));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: "Ouch, we've encountered a problem" })));
  });
});
