import { describe, expect, it } from 'vitest';
import type { Booking, Slot } from '../../wire/index';
import { createFakeBackend, fakeLinks } from '../api/createFakeBackend';
import { manageLink } from '../config/manageLink';
import { BookingModel } from './BookingModel';
import { linkOf, manageErrorKey, manageHref } from './createManage';
import { ApiError } from '../api/ApiError';

const doc = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown', timezone: 'America/Los_Angeles' };
const now = () => new Date('2026-11-20T08:00:00Z');
const SLOTS: Slot[] = [
  { start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', resources: [doc] },
  { start: '2026-11-26T09:00:00Z', end: '2026-11-26T09:30:00Z', resources: [doc] },
];
const booking = (over: Partial<Booking> = {}): Booking =>
  ({
    id: 'b1',
    graph: 'instant',
    state: 'confirmed',
    completed: false,
    possible_actions: [],
    available_actions: [],
    created_at: '2026-11-20T08:00:00Z',
    updated_at: '2026-11-20T08:00:00Z',
    attributes: { event_info: { start: '2026-11-24T14:00:00Z', end: '2026-11-24T14:30:00Z', what: 'Consultation', where: 'Hill Valley' } },
    customers: [{ name: 'Marty', email: 'marty@example.com' }],
    meta: {},
    resource: doc,
    action_links: fakeLinks('b1'),
    customer_actions: ['cancel', 'reschedule'],
    ...over,
  }) as Booking;

function setup(
  linked: Booking | undefined,
  config: Record<string, unknown> = { app_key: 'k', manage: { booking_id: 'b1', signature: 'sig-b1' } },
  search = '',
) {
  const backend = createFakeBackend({ slots: SLOTS, linked });
  const events: Array<[string, unknown]> = [];
  const model = new BookingModel({
    config,
    backend,
    now,
    search,
    detectTimeZone: () => 'Europe/Berlin',
    dispatch: (t, d) => events.push([t, d]),
  });
  return { model, backend, events };
}

describe('manage mode', () => {
  it('reads the booking a config link names and offers what customer_actions allows', async () => {
    const { model, backend } = setup(booking());
    await model.start();
    expect(model.phase.value).toBe('manage');
    expect(model.manage.value!.view.value).toBe('show');
    expect(model.manage.value!.booking.value!.id).toBe('b1');
    expect(model.manage.value!.can('cancel')).toBe(true);
    expect(backend.calls.map((c) => c.method)).toEqual(['linkAction']);
    expect(backend.calls[0].args.slice(0, 2)).toEqual([{ id: 'b1', signature: 'sig-b1' }, 'manage']);
    // The reschedule calendar is the booking's own resource.
    expect(model.config.value.resources).toEqual([doc.id]);
  });

  it('opens from the page URL, with configurable parameter names', async () => {
    expect(manageLink({}, '?booking_id=b1&signature=s')).toEqual({ id: 'b1', signature: 's' });
    expect(manageLink({ manage: { url_params: { booking_id: 'bid', signature: 'sig' } } }, '?bid=b2&sig=t')).toEqual({
      id: 'b2',
      signature: 't',
    });
    expect(manageLink({}, '?booking_id=b1')).toBeNull();
    const { model } = setup(booking(), { app_key: 'k', resources: [doc.id] }, '?booking_id=b1&signature=sig-b1');
    await model.start();
    expect(model.manage.value!.view.value).toBe('show');
  });

  it('says a refused link in plain words and changes nothing', async () => {
    const { model } = setup(booking(), { app_key: 'k', manage: { booking_id: 'b1', signature: 'forged' } });
    await model.start();
    expect(model.manage.value!.view.value).toBe('failed');
    expect(model.announcement.value).toBe('This link is not valid. Please use the latest link from your confirmation.');
    expect(
      manageErrorKey(
        new ApiError('forbidden', 403, 'This link expired when the booking started (2026-11-24T14:00:00.000Z); it can no longer be used'),
      ),
    ).toBe('manage_link_expired');
  });

  it('cancels with a reason after the confirmation step and sends booking:cancelled', async () => {
    const { model, backend, events } = setup(booking());
    await model.start();
    const mg = model.manage.value!;
    mg.askCancel();
    expect(mg.view.value).toBe('cancel');
    mg.reason.value = ' Plans changed ';
    await mg.cancel();
    expect(backend.calls.at(-1)!.args.slice(1, 3)).toEqual(['cancel', { reason: 'Plans changed' }]);
    expect(mg.view.value).toBe('cancelled');
    expect(mg.booking.value!.state).toBe('cancelled_by_customer');
    expect(mg.can('cancel')).toBe(false);
    expect(events.some(([t]) => t === 'booking:cancelled')).toBe(true);
    // Booking a new time leaves manage mode for the calendar, loaded afresh.
    await mg.bookNew();
    expect(model.manage.value).toBeNull();
    expect(model.phase.value).toBe('calendar');
  });

  it("a failed action is said by the view's alert only (the status does not repeat it)", async () => {
    const { model, backend } = setup(booking());
    await model.start();
    const mg = model.manage.value!;
    mg.askCancel();
    backend.failNext('linkAction', new ApiError('server', 503, 'down'));
    await mg.cancel();
    expect([mg.view.value, mg.error.value?.status]).toEqual(['cancel', 503]);
    expect(model.announcement.value).not.toMatch(/problem|try again/i);
  });

  it('reschedules to a time picked in the calendar and switches to the new link', async () => {
    const { model, backend, events } = setup(booking());
    await model.start();
    const mg = model.manage.value!;
    await mg.startReschedule();
    expect(mg.view.value).toBe('pick');
    expect(backend.calls.find((c) => c.method === 'getAvailability')!.args[0]).toMatchObject({ resources: [doc.id] });
    model.pickSlot(model.slots.value[1]);
    expect(mg.view.value).toBe('reschedule');
    expect(model.phase.value).toBe('manage');
    await mg.reschedule();
    expect(backend.calls.at(-1)!.args.slice(1, 3)).toEqual(['reschedule', { start: SLOTS[1].start, end: SLOTS[1].end }]);
    expect(mg.view.value).toBe('rescheduled');
    expect(mg.link.value).toEqual({ id: 'b1r', signature: 'sig-b1r' });
    expect(mg.previous.value!.attributes.event_info.start).toBe(SLOTS[0].start);
    expect(mg.booking.value!.attributes.event_info.start).toBe(SLOTS[1].start);
    expect(events.map(([t]) => t)).toEqual(expect.arrayContaining(['booking:reschedule-started', 'booking:rescheduled']));
  });

  it('offers nothing for a booking no longer changeable, and says its state', async () => {
    const { model } = setup(booking({ state: 'cancelled_by_customer', customer_actions: [] }));
    await model.start();
    expect(model.manage.value!.can('cancel')).toBe(false);
    expect(model.manage.value!.can('reschedule')).toBe(false);
  });
});

describe('customer links', () => {
  it('reads a signed link and builds the manage page address', () => {
    const b = booking();
    expect(linkOf(b.action_links!.manage)).toEqual({ id: 'b1', signature: 'sig-b1' });
    expect(linkOf('https://example.com/other')).toBeNull();
    expect(manageHref('https://shop.example/manage?x=1', b)).toBe('https://shop.example/manage?x=1&booking_id=b1&signature=sig-b1');
    expect(manageHref('https://shop.example/manage', b, { booking_id: 'id' })).toBe('https://shop.example/manage?id=b1&signature=sig-b1');
    expect(manageHref(undefined, b)).toBeNull();
  });
});
