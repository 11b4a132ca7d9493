import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slot } from '../../wire/index';

// Each test starts from fresh modules: the steps' code is fetched once per page (importSteps.ts),
// and these tests are about the moment before it arrives.
afterEach(() => {
  cleanup();
  vi.doUnmock('./index');
  vi.resetModules();
});

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const SLOTS: Slot[] = [{ start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [doc] }];

async function fresh() {
  const { BookingModel } = await import('../model/BookingModel');
  const { createFakeBackend } = await import('../api/createFakeBackend');
  const config = { app_key: 'k', resources: [doc.id], customer_fields: { name: { prefilled: 'Doc Brown' } } };
  const model = new BookingModel({
    config,
    backend: createFakeBackend({ slots: SLOTS }),
    now: () => new Date('2026-11-20T08:00:00Z'),
    detectTimeZone: () => 'UTC',
  });
  return { model, steps: model.steps, stepsFailed: model.stepsFailed, loadSteps: model.loadSteps };
}

describe('loadSteps', () => {
  it('a time picked before the steps arrive opens the form, which fills in its prefills when they do', async () => {
    const { model, steps, loadSteps } = await fresh();
    await model.start();
    expect(steps.value).toBeNull();
    model.pickSlot(model.daySlots.value[0]);
    expect(model.phase.value).toBe('form');
    expect(model.fields.value).toEqual([]);
    await loadSteps();
    expect(model.fields.value.map((f) => f.key)).toEqual(['name', 'email']);
    expect(model.values.value).toEqual({ name: 'Doc Brown', email: '' });
  });

  it('a failed download resolves null and flags it; the next call downloads again', async () => {
    vi.doMock('./index', () => {
      throw new Error('offline');
    });
    const { steps, stepsFailed, loadSteps } = await fresh();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await loadSteps()).toBeNull();
    expect(stepsFailed.value).toBe(true);
    expect(error).toHaveBeenCalledWith('Booking widget: could not load the booking form', expect.anything());
    error.mockRestore();
    vi.doUnmock('./index');
    const loaded = await loadSteps();
    expect(loaded?.BookingForm).toBeTypeOf('function');
    expect(steps.value).toBe(loaded);
    expect(stepsFailed.value).toBe(false);
  });

  it('each widget keeps its own state of the steps; a second widget gets the same code', async () => {
    const { model, loadSteps } = await fresh();
    const { BookingModel } = await import('../model/BookingModel');
    const other = new BookingModel({ config: { app_key: 'k', resources: [doc.id] } });
    const loaded = await loadSteps();
    expect(model.steps.value).toBe(loaded);
    expect(other.steps.value).toBeNull();
    expect(await other.loadSteps()).toBe(loaded);
    expect(other.steps.value).toBe(loaded);
  });

  it('loads through the injected importSteps (a widget never reads module-level steps)', async () => {
    const { BookingModel } = await import('../model/BookingModel');
    const importSteps = vi.fn(() => import('./index'));
    const model = new BookingModel({ config: { app_key: 'k', resources: [doc.id] }, importSteps });
    const loaded = await model.loadSteps();
    expect(await model.loadSteps()).toBe(loaded);
    expect(importSteps).toHaveBeenCalledOnce();
  });
});

describe('the form step before and without its code', () => {
  it('says "Loading…" while the steps come, then the network message with Try again, which loads them', async () => {
    vi.doMock('./index', () => {
      throw new Error('offline');
    });
    const { model, loadSteps } = await fresh();
    const { App } = await import('../ui/App');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await model.start();
    render(<App model={model} />);
    model.pickSlot(model.daySlots.value[0]);
    expect(await screen.findByText('Loading…')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not reach the booking service');
    error.mockRestore();
    vi.doUnmock('./index');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await loadSteps();
    expect(await screen.findByRole('heading', { name: /^Book / })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('Doc Brown');
  });
});
