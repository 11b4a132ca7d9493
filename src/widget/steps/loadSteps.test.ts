import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slot } from '../../wire/index';

// Each test starts from fresh modules: the loaded steps are module-level (shared by every widget of
// a page), and these tests are about the moment before they arrive.
afterEach(() => {
  vi.doUnmock('./index');
  vi.resetModules();
});

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const SLOTS: Slot[] = [{ start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [doc] }];

async function fresh() {
  const { BookingModel } = await import('../model/createBookingModel');
  const { createFakeBackend } = await import('../api/createFakeBackend');
  const loader = await import('./loadSteps');
  const config = { app_key: 'k', resources: [doc.id], customer_fields: { name: { prefilled: 'Doc Brown' } } };
  const model = new BookingModel({ config, backend: createFakeBackend({ slots: SLOTS }), now: () => new Date('2026-11-20T08:00:00Z'), detectTimeZone: () => 'UTC' });
  return { model, ...loader };
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
});
