import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from '../model/BookingModel';
import { App } from './App';
import { PULSE_AFTER_MS } from './Skeleton';

afterEach(cleanup);

describe('<Skeleton>', () => {
  it('holds still while the times are on their way, and is marked to pulse only once they are slow', async () => {
    const backend = { ...createFakeBackend({ slots: [] }), getAvailability: () => new Promise<never>(() => {}) };
    const model = new BookingModel({
      config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' } },
      backend,
      now: () => new Date('2026-11-20T08:00:00Z'),
    });
    render(<App model={model} />);
    void model.start();
    const loading = (await screen.findByText('Loading available times…')).closest('[part=loading]')!;
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.classList.contains('bw-skel-slow')).toBe(false);
    await new Promise((done) => setTimeout(done, PULSE_AFTER_MS + 50));
    expect(loading.classList.contains('bw-skel-slow')).toBe(true);
    model.dispose();
  });
});
