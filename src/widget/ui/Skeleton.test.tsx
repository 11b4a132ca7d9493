import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from '../model/BookingModel';
import { App, SKELETON_AFTER_MS } from './App';
import { PULSE_AFTER_MS } from './Skeleton';

afterEach(cleanup);

/** A widget's model whose times never arrive: its loading screen stays. */
function waitingModel() {
  const backend = { ...createFakeBackend({ slots: [] }), getAvailability: () => new Promise<never>(() => {}) };
  return new BookingModel({
    config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' } },
    backend,
    now: () => new Date('2026-11-20T08:00:00Z'),
  });
}

describe('<Skeleton>', () => {
  it('holds still while the times are on their way, and is marked to pulse only once they are slow', async () => {
    const model = waitingModel();
    const { container } = render(<App model={model} />);
    void model.start();
    // (The live region says it too; the skeleton's own text is in the element marked loading.)
    await waitFor(() => expect(container.querySelector('[part=loading] > .bw-sr')?.textContent).toBe('Loading available times…'));
    const loading = container.querySelector('[part=loading]')!;
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.classList.contains('bw-skel-slow')).toBe(false);
    await new Promise((done) => setTimeout(done, PULSE_AFTER_MS + 50));
    expect(loading.classList.contains('bw-skel-slow')).toBe(true);
    model.dispose();
  });

  it('waits a moment before it shows: until then the widget is an empty box, and an answer that comes sooner never shows it', async () => {
    const slots = [{ start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [{ id: 'd1', name: 'Doc', timezone: 'UTC' }] }];
    const backend = createFakeBackend({ slots });
    const release = backend.hold('getAvailability');
    const model = new BookingModel({
      config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London', display_name: 'Doc' } },
      backend,
      now: () => new Date('2026-11-20T08:00:00Z'),
    });
    const { container } = render(<App model={model} />);
    const started = model.start();
    await waitFor(() => expect(model.phase.value).toBe('loading'));
    await new Promise((done) => setTimeout(done, SKELETON_AFTER_MS / 2));
    const root = container.querySelector('[part=root]')!;
    // No skeleton, and nothing shown but the live region: the header and the footer are built
    // (their texts formatted while the times are on their way) but not displayed (class bw-wait).
    expect(root.classList.contains('bw-wait')).toBe(true);
    expect(container.querySelector('[part=loading]')).toBeNull();
    await waitFor(() => expect(container.querySelector('[part=loading]')).toBeTruthy(), { timeout: SKELETON_AFTER_MS + 500 });
    expect(root.classList.contains('bw-wait')).toBe(false);
    release();
    await started;

    // A second widget whose times come sooner: the calendar is the first thing it draws.
    const seen = new Set<string>();
    const quick = createFakeBackend({ slots });
    // Its times are held for a third of the wait, then let go.
    setTimeout(quick.hold('getAvailability'), SKELETON_AFTER_MS / 3);
    const fast = new BookingModel({
      config: { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' } },
      backend: quick,
      now: () => new Date('2026-11-20T08:00:00Z'),
    });
    const second = render(<App model={fast} />);
    const watch = new MutationObserver(() => second.container.querySelector('[part=loading]') && seen.add('skeleton'));
    watch.observe(second.container, { childList: true, subtree: true });
    await fast.start();
    await waitFor(() => expect(second.container.querySelector('[part=calendar]')).toBeTruthy());
    watch.disconnect();
    expect(seen.has('skeleton')).toBe(false);
    model.dispose();
    fast.dispose();
  });

  it('counts its wait from the mount, not from when the components arrived', async () => {
    const model = waitingModel();
    // Mounted a whole wait ago; the first-screen file (with these components) arrives only now.
    const { container } = render(<App model={model} since={performance.now() - SKELETON_AFTER_MS} />);
    void model.start();
    await new Promise((done) => setTimeout(done, SKELETON_AFTER_MS / 3));
    expect(container.querySelector('[part=loading]')).toBeTruthy();
    model.dispose();
  });
});
