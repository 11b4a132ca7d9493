import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { createFakeBackend } from '../api/createFakeBackend';
import type { BookingBackend } from '../api/types';
import type { Booking, Slot } from '../../wire/index';
import { BookingModel } from './BookingModel';
import { formatCountdown, secondsLeft } from './createHold';

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const START = new Date('2026-11-20T08:00:00Z');
const slot = (start: string): Slot => ({ start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), resources: [doc] });
const SLOTS = [slot('2026-11-24T14:00:00Z'), slot('2026-11-24T15:00:00Z')];
const base = { app_key: 'test_widget_key_demo', resources: [doc.id], booking: { hold: '2 minutes' } };
// The model's clock is vitest's faked Date, so timers and `now` move together.
const now = () => new Date();

async function setup(config: Record<string, unknown> = base, backend: BookingBackend = createFakeBackend({ slots: SLOTS, now })) {
  const events: Array<[string, unknown]> = [];
  const model = new BookingModel({ config, backend, now, detectTimeZone: () => 'Europe/Berlin', dispatch: (t, d) => events.push([t, d]) });
  // The start gives the page a task between its requests and the language's rules: let it pass.
  const started = model.start();
  await vi.advanceTimersByTimeAsync(0);
  await started;
  await model.loadSteps();
  return { model, backend: backend as ReturnType<typeof createFakeBackend>, events };
}

/** Lets the hold request (a few promise turns) finish. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('countdown helpers', () => {
  it.each([
    ['2026-11-20T08:05:00Z', 300, '5:00'],
    ['2026-11-20T08:00:00.200Z', 1, '0:01'],
    ['2026-11-20T07:59:00Z', 0, '0:00'],
    ['2026-11-20T09:01:05Z', 3665, '1:01:05'],
  ])('until %s: %i seconds, shown %s', (until, secs, shown) => {
    expect(secondsLeft(until, START)).toBe(secs);
    expect(formatCountdown(secs)).toBe(shown);
  });
});

describe('holds (booking.hold)', () => {
  it('holds the picked time, counts down each second and announces only the last minute and the end', async () => {
    const { model, backend, events } = await setup();
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    const h = model.holds()!;
    expect(backend.calls.find((c) => c.method === 'createHold')?.args[0]).toEqual({
      resource_id: doc.id,
      start: SLOTS[0].start,
      end: SLOTS[0].end,
      project_id: undefined,
      duration: '2 minutes',
    });
    expect(h.status.value).toBe('held');
    expect(h.shown.value).toBe('2:00');
    expect(events.map((e) => e[0])).toContain('booking:hold-started');
    const said: string[] = [];
    const stop = model.announcement.subscribe((t) => said.push(t));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.shown.value).toBe('1:59');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.shown.value).toBe('1:00');
    expect(said.slice(1)).toEqual(['One minute left to book this time.']);
    model.setValue('name', 'Marty');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.status.value).toBe('expired');
    expect(h.hold.value).toBeNull();
    expect(said.slice(1)).toEqual([
      'One minute left to book this time.',
      'Your hold on this time has ended. Your details are kept: choose a fresh time.',
    ]);
    expect(events.filter((e) => e[0] === 'booking:hold-expired')).toHaveLength(1);
    expect(model.phase.value).toBe('form');
    await model.freshTimes();
    expect(model.phase.value).toBe('calendar');
    expect(model.values.value.name).toBe('Marty');
    stop();
  });

  it('gives the hold back when the form closes and when the widget goes away', async () => {
    const { model, backend } = await setup();
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    model.closeForm();
    await settle();
    expect(backend.calls.filter((c) => c.method === 'releaseHold').map((c) => c.args[0])).toEqual(['h1']);
    expect(model.holds()!.status.value).toBe('off');
    model.pickSlot(model.daySlots.value[1]);
    await settle();
    model.dispose();
    await settle();
    expect(backend.calls.filter((c) => c.method === 'releaseHold').map((c) => c.args[0])).toEqual(['h1', 'h2']);
    // No countdown runs after the widget went away.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('converts the hold with the booking (hold_id), and never sends booking.hold as a booking field', async () => {
    const { model, backend } = await setup();
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    model.setValue('name', 'Marty McFly');
    model.setValue('email', 'marty@example.com');
    await model.submit();
    const req = backend.calls.find((c) => c.method === 'createBooking')!.args[0] as Record<string, unknown>;
    expect(req.hold_id).toBe('h1');
    expect(req).not.toHaveProperty('hold');
    expect(model.phase.value).toBe('confirmation');
    expect(model.holds()!.status.value).toBe('off');
    expect(backend.calls.some((c) => c.method === 'releaseHold')).toBe(false);
  });

  it('says a time held by someone else (409) is taken and offers fresh times', async () => {
    const { model, backend } = await setup();
    backend.failNext(
      'createHold',
      new ApiError('validation', 409, 'held', {
        start: ['This time is held by another visitor until 2026-11-20T08:05:00Z; pick another slot'],
      }),
    );
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    expect(model.holds()!.status.value).toBe('refused');
    expect(model.announcement.value).toBe('Another visitor is holding this time. Your details are kept: choose another time.');
  });

  it('without booking.hold asks for no hold; a backend without holds ignores it with one note', async () => {
    const plain = await setup({ ...base, booking: {} });
    plain.model.pickSlot(plain.model.daySlots.value[0]);
    await settle();
    expect(plain.backend.calls.some((c) => c.method === 'createHold')).toBe(false);
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const { createHold: _c, releaseHold: _r, ...noHolds } = createFakeBackend({ slots: SLOTS, now });
    const { model } = await setup(base, noHolds);
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    model.closeForm();
    model.pickSlot(model.daySlots.value[1]);
    await settle();
    expect(info).toHaveBeenCalledOnce();
    expect(info.mock.calls[0][0]).toContain('`booking.hold` is ignored');
    expect(model.holds()!.status.value).toBe('off');
    info.mockRestore();
  });
});

describe('payment holds', () => {
  it('counts a pending payment down to hold_expires_at and then shows the hold ended', async () => {
    const { model, events } = await setup({ ...base, booking: { graph: 'instant_payment' } });
    model.pickSlot(model.daySlots.value[0]);
    await settle();
    const pending: Booking = {
      ...(model.booking.value as unknown as Booking),
      id: 'p1',
      graph: 'instant_payment',
      state: 'tentative',
      created_at: START.toISOString(),
      hold_expires_at: '2026-11-20T08:05:00Z',
    } as Booking;
    model.booking.value = pending;
    model.phase.value = 'confirmation';
    model.holds()!.watchPayment(pending);
    expect(model.holds()!.shown.value).toBe('5:00');
    await vi.advanceTimersByTimeAsync(299_000);
    expect(model.holds()!.shown.value).toBe('0:01');
    expect(model.booking.value?.state).toBe('tentative');
    await vi.advanceTimersByTimeAsync(1000);
    expect(model.booking.value?.state).toBe('unpaid');
    expect(model.announcement.value).toBe('This hold has ended');
    expect(events.filter((e) => e[0] === 'booking:hold-expired').map((e) => (e[1] as { booking: Booking }).booking.id)).toEqual(['p1']);
  });
});
