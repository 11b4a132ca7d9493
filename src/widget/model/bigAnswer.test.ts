import { describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from './BookingModel';

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'UTC' };
const HOUR = 3_600_000;
/** `count` hourly times from Saturday 21 November 2026, 00:00 UTC. */
const hourly = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2026, 10, 21) + i * HOUR;
    return { start: new Date(start).toISOString(), end: new Date(start + HOUR).toISOString(), resources: [doc] };
  });

/** The phase once the answer to the times has come and every microtask after it has run (no new task yet), and once the start is over. */
async function phaseAfterAnswer(count: number) {
  const backend = createFakeBackend({ slots: hourly(count) });
  const events: string[] = [];
  const model = new BookingModel({
    config: { app_key: 'k', resources: [doc.id] },
    backend,
    now: () => new Date('2026-11-20T08:00:00Z'),
    detectTimeZone: () => 'UTC',
    dispatch: (type) => events.push(type),
  });
  const release = backend.hold('getAvailability');
  const started = model.start();
  // The load is waiting for the answer (the config-check file is there, the request has gone).
  await vi.waitFor(() => expect(events).toContain('booking:availability-requested'));
  release();
  for (let i = 0; i < 200; i++) await Promise.resolve();
  const inThatTask = model.phase.value;
  await started;
  return { inThatTask, after: model.phase.value, days: model.days.value.size };
}

describe('a big answer', () => {
  it('a usual answer (a month of hourly times) is drawn in the task that read it', async () => {
    expect(await phaseAfterAnswer(24 * 28)).toEqual({ inThatTask: 'calendar', after: 'calendar', days: 28 });
  });

  it('months of times are read in one task and their days made in the next, so neither holds the page long', async () => {
    expect(await phaseAfterAnswer(24 * 7 * 26)).toEqual({ inThatTask: 'loading', after: 'calendar', days: 182 });
  });
});
