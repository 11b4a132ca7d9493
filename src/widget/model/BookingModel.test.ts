import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { createFakeBackend } from '../api/createFakeBackend';
import { BookingModel } from './BookingModel';
import { createCatalogStore } from '../i18n/createCatalogStore';
import type { Slot } from '../../wire/index';

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const now = () => new Date('2026-11-20T08:00:00Z');
const slot = (start: string, mins = 30): Slot => ({
  start,
  end: new Date(Date.parse(start) + mins * 60_000).toISOString(),
  resources: [doc],
});
const SLOTS = [slot('2026-11-24T14:00:00Z'), slot('2026-11-24T15:00:00Z'), slot('2026-11-25T09:00:00Z'), slot('2026-12-02T09:00:00Z')];
const base = { app_key: 'test_widget_key_demo', resources: [doc.id] };

function setup(config: Record<string, unknown> = base, data = { slots: SLOTS }) {
  const backend = createFakeBackend(data);
  const events: Array<[string, unknown]> = [];
  const model = new BookingModel({ config, backend, now, detectTimeZone: () => 'Europe/Berlin', dispatch: (t, d) => events.push([t, d]) });
  return { model, backend, events };
}

describe('BookingModel', () => {
  it('loads times, selects the first open day in the visitor zone and emits Booking.js events', async () => {
    const renderCompleted = vi.fn();
    const { model, events, backend } = setup({ ...base, callbacks: { renderCompleted } });
    await model.start();
    expect(model.phase.value).toBe('calendar');
    expect(model.timeZone.value).toBe('Europe/Berlin');
    expect(model.selectedDay.value).toBe('2026-11-24');
    expect(model.month.value).toBe('2026-11');
    expect(model.daySlots.value).toHaveLength(2);
    expect(backend.calls[0].args[0]).toMatchObject({ output_timezone: 'Europe/Berlin', resources: [doc.id], mode: 'roundrobin_random' });
    expect(events.map((e) => e[0])).toEqual([
      'booking:render-started',
      'booking:calendar-ready',
      'booking:loading-shown',
      'booking:availability-requested',
      'booking:availability-loaded',
      'booking:loading-hidden',
      'booking:render-completed',
    ]);
    expect(renderCompleted).toHaveBeenCalledOnce();
  });

  it('asks for the times in the task it starts in, and builds the language (ICU, tens of ms) in a later one', async () => {
    const load = vi.fn(async () => ({}));
    const backend = createFakeBackend({ slots: SLOTS });
    const model = new BookingModel({
      config: { ...base, ui: { locale: 'de' } },
      backend,
      now,
      detectTimeZone: () => 'Europe/Berlin',
      catalogs: createCatalogStore(load),
    });
    // A timer set before the start runs after the start's task and all its promise turns, but before any task the start queues.
    const afterStartTask = new Promise<{ calls: string[]; loads: number }>((resolve) =>
      setTimeout(() => resolve({ calls: backend.calls.map((c) => c.method), loads: load.mock.calls.length })),
    );
    const started = model.start();
    const seen = await afterStartTask;
    expect(seen.calls).toEqual(['getAvailability']);
    expect(seen.loads).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).toHaveBeenCalledWith('de', expect.anything());
    await started;
    expect(model.phase.value).toBe('calendar');
  });

  it('regroups days on a time-zone change without refetching', async () => {
    const { model, backend } = setup({ ...base, availability: { length: '30 minutes' } }, { slots: [slot('2026-11-24T23:30:00Z')] });
    await model.start();
    expect(model.selectedDay.value).toBe('2026-11-25'); // Berlin: 00:30 next day
    model.setTimeZone('America/Los_Angeles');
    expect(model.selectedDay.value).toBe('2026-11-24');
    expect(backend.calls.filter((c) => c.method === 'getAvailability')).toHaveLength(1);
    expect(model.announcement.value).toBe('Times are now shown in Los Angeles (GMT-08:00)');
  });

  it('shows config errors naming the key, and logs them', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { model, backend } = setup({ app_key: 'k', resources: 5 });
    const sent = vi.spyOn(backend, 'getAvailability');
    await model.start();
    expect(model.phase.value).toBe('error');
    expect(model.configErrors.value).toEqual([{ key: 'resources', message: 'must be a list of resource ids, got a number' }]);
    expect(err.mock.calls[0][0]).toContain('`resources` must be a list of resource ids, got a number');
    // The times were asked for while the check loaded; the config error wins: the request is aborted, no times shown.
    expect(backend.calls.map((c) => c.method)).toEqual(['getAvailability']);
    expect((sent.mock.calls[0][1] as AbortSignal).aborted).toBe(true);
    expect(model.slots.value).toEqual([]);
    err.mockRestore();
  });

  it('merges a loaded project under the local config (local wins)', async () => {
    const project = {
      id: 'p1',
      name: 'Doc',
      slug: 'doc-brown',
      resources: [doc.id],
      availability: { length: '30 minutes' },
      availability_constraints: [],
      booking: { graph: 'confirm_decline' as const, what: 'Consultation' },
      customer_fields: {},
      ui: { display_name: 'Project name' },
    };
    const { model } = setup({ app_key: 'k', project_slug: 'doc-brown', ui: { display_name: 'Local name' } }, {
      slots: SLOTS,
      project,
    } as never);
    await model.start();
    const cfg = model.config.value;
    expect(cfg.ui.display_name).toBe('Local name');
    expect(cfg.booking.graph).toBe('confirm_decline');
    expect(cfg.project_id).toBe('p1');
    expect(cfg.availability.length).toBe('30 minutes');
  });

  it('books once on a double submit, with the customer zone, and confirms', async () => {
    const { model, backend, events } = setup();
    await model.start();
    model.pickSlot(model.daySlots.value[0]);
    expect(model.phase.value).toBe('form');
    model.setValue('name', 'Marty McFly');
    model.setValue('email', 'marty@example.com');
    const a = model.submit();
    const b = model.submit();
    await Promise.all([a, b]);
    const creates = backend.calls.filter((c) => c.method === 'createBooking');
    expect(creates).toHaveLength(1);
    expect(creates[0].args[0]).toMatchObject({
      start: '2026-11-24T15:00:00+01:00',
      customer: { name: 'Marty McFly', email: 'marty@example.com', timezone: 'Europe/Berlin' },
      resource_id: doc.id,
      graph: 'instant',
      what: 'Meeting with Marty McFly',
      where: 'TBD',
    });
    expect(creates[0].args[1]).toEqual(['attributes', 'event', 'user']);
    expect(model.phase.value).toBe('confirmation');
    expect(events.map((e) => e[0])).toContain('booking:created');
  });

  it('keeps the form and points to fresh times after a 422 (slot taken)', async () => {
    const { model, backend } = setup();
    await model.start();
    model.pickSlot(model.daySlots.value[0]);
    model.setValue('name', 'Marty');
    model.setValue('email', 'marty@example.com');
    backend.failNext('createBooking', new ApiError('validation', 422, 'start: taken', { start: ['The slot is no longer available'] }));
    await model.submit();
    expect(model.phase.value).toBe('form');
    expect(model.submitError.value?.status).toBe(422);
    await model.freshTimes();
    expect(model.phase.value).toBe('calendar');
    expect(model.values.value.name).toBe('Marty');
    model.pickSlot(model.daySlots.value[1]);
    expect(model.values.value.email).toBe('marty@example.com');
  });

  it('does not submit an invalid form and reports field errors', async () => {
    const { model, backend } = setup();
    await model.start();
    model.pickSlot(model.daySlots.value[0]);
    model.setValue('email', 'nope');
    await model.submit();
    expect(model.fieldErrors.value).toEqual({ name: 'Name is required', email: 'E-mail must be an email address like name@example.com' });
    expect(model.invalidRequest.value).toBe(1);
    expect(backend.calls.some((c) => c.method === 'createBooking')).toBe(false);
  });

  it('drops a stale availability answer when a newer load started (race guard)', async () => {
    const { model, backend } = setup();
    const release = backend.hold('getAvailability');
    const first = model.start();
    await Promise.resolve();
    release();
    model.update({ resources: ['other'] });
    await first;
    await vi.waitFor(() => expect(model.phase.value).toBe('calendar'));
    expect(backend.calls.filter((c) => c.method === 'getAvailability').at(-1)!.args[0]).toMatchObject({ resources: ['other'] });
  });

  it('turns a load failure into an error phase with the kind, and retries', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { model, backend } = setup();
    backend.failNext('getAvailability', new ApiError('server', 500, 'boom'));
    await model.start();
    expect(model.phase.value).toBe('error');
    expect(model.loadError.value?.kind).toBe('server');
    await model.start();
    expect(model.phase.value).toBe('calendar');
    err.mockRestore();
  });

  it('jumps to the next open day when a month is empty', async () => {
    const { model } = setup();
    await model.start();
    model.showMonth('2026-12');
    expect(model.monthHasTimes.value).toBe(true);
    model.showMonth('2027-01');
    expect(model.monthHasTimes.value).toBe(false);
    expect(model.nextOpenDay.value).toBeNull();
    model.showMonth('2026-10');
    expect(model.nextOpenDay.value).toBe('2026-11-24');
    model.goToNextAvailable();
    expect(model.selectedDay.value).toBe('2026-11-24');
  });

  it('uses group sessions as slots in group mode and books a seat', async () => {
    const sessions = [
      {
        id: 'g1',
        state: 'tentative' as const,
        graph: 'group_owner' as const,
        completed: false,
        available_actions: [],
        resource: { id: doc.id, name: 'Doc Brown' },
        attributes: {
          event_info: {
            start: '2026-11-24T14:00:00Z',
            end: '2026-11-24T15:00:00Z',
            what: 'Flux webinar',
            where: 'Online',
            description: '',
          },
          group_booking: { max_seats: 10, current_seats: 3 },
        },
      },
    ];
    const { model, backend } = setup({ app_key: 'k', project_id: 'p4', disable_remote_load: true, booking: { graph: 'group_customer' } }, {
      sessions,
    } as never);
    await model.start();
    expect(model.slots.value[0].group).toMatchObject({ id: 'g1', maxSeats: 10, takenSeats: 3 });
    model.pickSlot(model.slots.value[0]);
    model.setValue('name', 'Lorraine');
    model.setValue('email', 'l@example.com');
    await model.submit();
    expect(backend.calls.find((c) => c.method === 'createBooking')!.args[0]).toMatchObject({
      related: { owner_booking_id: 'g1' },
      resource_id: doc.id,
      graph: 'group_customer',
      project_id: 'p4',
    });
  });
});
