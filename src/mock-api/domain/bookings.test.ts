import { beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../wire';
import { DomainError } from './errors';
import { H, T0, makeCore } from './fixture';
import { currentSeats } from './seats';

let core: ReturnType<typeof makeCore>;
beforeEach(() => {
  core = makeCore();
  core.addResource('r1');
  core.addResource('r2');
});

const slot = (hoursFromNow: number, hours = 1) => ({ start: T0 + hoursFromNow * H, end: T0 + (hoursFromNow + hours) * H });
const plain = (graph: Graph, hoursFromNow = 2) => ({ graph, resource_id: 'r1', ...slot(hoursFromNow), customer: core.customer });
const owner = (maxSeats = 3, hoursFromNow = 2) =>
  core.bookings.create({ graph: 'group_owner', resource_id: 'r1', ...slot(hoursFromNow), max_seats: maxSeats });

function refusal(fn: () => unknown): Record<string, string[]> | string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.detail;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('BookingService.create', () => {
  it.each([
    ['instant', 'confirmed'],
    ['confirm_decline', 'tentative'],
    ['instant_payment', 'tentative'],
  ] as const)('%s starts %s', (graph, state) => {
    const b = core.bookings.create(plain(graph));
    expect(b.state).toBe(state);
    expect(b.calendar_id).toBe('cal-r1');
    expect(core.entered).toEqual([[b.id, state]]);
  });

  it('accepts the implied create action and refuses another', () => {
    expect(core.bookings.create({ ...plain('instant'), action: 'confirm' }).state).toBe('confirmed');
    expect(refusal(() => core.bookings.create({ ...plain('instant', 5), action: 'pay' }))).toHaveProperty('action');
  });

  it('refuses a taken slot, writing nothing, unless double bookings are allowed', () => {
    core.bookings.create(plain('instant'));
    const before = core.store.bookings.size;
    const overlap = { ...plain('instant'), start: T0 + 2.5 * H, end: T0 + 3.5 * H };
    expect(refusal(() => core.bookings.create(overlap))).toEqual({ start: [expect.stringMatching(/no longer available for Resource r1/)] });
    expect(core.store.bookings.size).toBe(before);
    expect(core.bookings.create({ ...overlap, resource_id: 'r2' }).state).toBe('confirmed');
    expect(core.bookings.create({ ...overlap, allow_double_bookings: true }).state).toBe('confirmed');
    // Touching ends are not an overlap.
    expect(core.bookings.create({ ...plain('instant'), ...slot(1) }).state).toBe('confirmed');
  });

  it('tentative confirm_decline does not block; confirming into a taken slot is refused', () => {
    const a = core.bookings.create(plain('confirm_decline'));
    const b = core.bookings.create(plain('confirm_decline'));
    core.bookings.act(a.id, 'confirm');
    expect(refusal(() => core.bookings.act(b.id, 'confirm'))).toHaveProperty('start');
    expect(core.bookings.act(b.id, 'decline').state).toBe('declined');
  });

  it('refuses the past, a missing customer, an unknown resource and end before start, all at once', () => {
    expect(refusal(() => core.bookings.create(plain('instant', -2)))).toHaveProperty('start');
    const detail = refusal(() => core.bookings.create({ graph: 'instant', resource_id: 'nope', start: T0 + 3 * H, end: T0 + 2 * H }));
    expect(Object.keys(detail as object).sort()).toEqual(['customer', 'end', 'resource_id']);
    expect(refusal(() => core.bookings.create({ ...plain('instant'), customer: { name: 'A', email: 'not-an-email' } }))).toHaveProperty([
      'customer.email',
    ]);
    expect(core.store.bookings.size).toBe(0);
  });

  it('takes graph, texts and resource from the project', () => {
    core.store.projects.set('p1', {
      id: 'p1',
      name: 'P',
      slug: 'p',
      resources: ['r2'],
      availability: {},
      availability_constraints: [],
      booking: { graph: 'confirm_decline', what: 'Chat', where: 'Online', description: 'd' },
      customer_fields: {},
      ui: {},
      created_at: T0,
      updated_at: T0,
    });
    const b = core.bookings.create({ project_id: 'p1', ...slot(2), customer: core.customer });
    expect([b.graph, b.state, b.resource_id, b.what, b.where, b.project_id]).toEqual([
      'confirm_decline',
      'tentative',
      'r2',
      'Chat',
      'Online',
      'p1',
    ]);
  });
});

describe('group bookings', () => {
  it('a seat takes its time and resource from the owner and counts', () => {
    const o = owner(3);
    const seat = core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, seats: 2, customer: core.customer });
    expect([seat.start, seat.end, seat.resource_id, seat.state]).toEqual([o.start, o.end, 'r1', 'confirmed']);
    expect(currentSeats(core.store, o.id)).toBe(2);
    expect(
      refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, seats: 2, customer: core.customer })),
    ).toEqual({ 'related.seats': ['Only 1 seat left'] });
    core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer });
    expect(refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer }))).toEqual({
      'related.seats': ['This session is sold out'],
    });
  });

  it('validates max_seats and the owner reference', () => {
    expect(refusal(() => core.bookings.create({ graph: 'group_owner', resource_id: 'r1', ...slot(2), max_seats: 10_001 }))).toHaveProperty([
      'settings.max_seats',
    ]);
    expect(refusal(() => core.bookings.create({ graph: 'group_owner', resource_id: 'r1', ...slot(2) }))).toHaveProperty([
      'settings.max_seats',
    ]);
    expect(refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: 'x', customer: core.customer }))).toHaveProperty(
      ['related.owner_booking_id'],
    );
    const b = core.bookings.create(plain('instant', 5));
    expect(
      refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: b.id, customer: core.customer })),
    ).toHaveProperty(['related.owner_booking_id']);
    expect(
      refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: owner(2).id, seats: 0, customer: core.customer })),
    ).toHaveProperty(['related.seats']);
  });

  it('cancelling the owner cascades cancel_by_owner to its open seats', () => {
    const o = owner(5);
    const a = core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer });
    const b = core.bookings.create({ graph: 'group_customer_payment', owner_booking_id: o.id, customer: core.customer });
    const c = core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer });
    core.bookings.act(c.id, 'cancel_by_customer');
    core.bookings.act(o.id, 'cancel');
    expect([a.state, b.state, c.state]).toEqual(['cancelled_by_owner', 'cancelled_by_owner', 'cancelled_by_customer']);
    expect(currentSeats(core.store, o.id)).toBe(0);
    expect(refusal(() => core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer }))).toEqual({
      'related.owner_booking_id': ['This session is cancelled; no seats can be booked'],
    });
  });

  it('a cancelled seat frees its seats', () => {
    const o = owner(1);
    const a = core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer });
    core.bookings.act(a.id, 'cancel_by_customer');
    expect(core.bookings.create({ graph: 'group_customer', owner_booking_id: o.id, customer: core.customer }).state).toBe('confirmed');
  });
});

describe('actions, timeouts, reschedule, delete', () => {
  it('an action not allowed names the allowed ones', () => {
    const b = core.bookings.create(plain('confirm_decline'));
    expect(refusal(() => core.bookings.act(b.id, 'pay'))).toEqual({ action: [expect.stringMatching(/allowed: confirm, decline/)] });
    expect(refusal(() => core.bookings.act(b.id, 'timeout'))).toHaveProperty('action');
    expect(refusal(() => core.bookings.act('missing', 'confirm'))).toBe('Booking');
  });

  it('payment graphs time out to unpaid after 5 minutes, on read and by timer', async () => {
    const a = core.bookings.create(plain('instant_payment', 2));
    const b = core.bookings.create(plain('instant_payment', 5));
    core.bookings.act(b.id, 'pay');
    await core.clock.advance(5 * 60_000 - 1);
    expect(core.bookings.get(a.id).state).toBe('tentative');
    await core.clock.advance(1);
    expect([a.state, b.state]).toEqual(['unpaid', 'paid']);
    expect(core.entered).toContainEqual([a.id, 'unpaid']);
    // Lazily, without the timer: set the clock past the deadline and read.
    const c = core.bookings.create(plain('instant_payment', 8));
    core.clock.jump(10 * 60_000);
    expect(core.bookings.get(c.id).state).toBe('unpaid');
    // An unpaid booking no longer blocks its slot.
    expect(core.bookings.create(plain('instant', 2)).state).toBe('confirmed');
  });

  it('reschedule marks the old booking and makes a confirmed one at a free time', () => {
    const old = core.bookings.create(plain('instant', 2));
    core.bookings.create(plain('instant', 6));
    expect(refusal(() => core.bookings.reschedule(old.id, slot(6)))).toHaveProperty('start');
    expect(old.state).toBe('confirmed');
    const fresh = core.bookings.reschedule(old.id, slot(2.5)); // overlaps only itself
    expect([old.state, fresh.state, fresh.start, fresh.customer?.email]).toEqual([
      'rescheduled_by_customer',
      'confirmed',
      T0 + 2.5 * H,
      'ada@example.com',
    ]);
    expect(refusal(() => core.bookings.reschedule(old.id, slot(9)))).toHaveProperty('state');
    const cd = core.bookings.create(plain('confirm_decline', 10));
    expect(refusal(() => core.bookings.reschedule(cd.id, slot(12)))).toHaveProperty('graph');
  });

  it('deletes only final bookings', () => {
    const b = core.bookings.create(plain('instant'));
    expect(refusal(() => core.bookings.delete(b.id))).toHaveProperty('state');
    core.bookings.act(b.id, 'complete');
    core.bookings.delete(b.id);
    expect(core.store.bookings.has(b.id)).toBe(false);
  });

  it('merges metadata', () => {
    const b = core.bookings.create({ ...plain('instant'), meta: { a: 1, b: 2 } });
    expect(core.bookings.mergeMeta(b.id, { b: 3, c: 4 }).meta).toEqual({ a: 1, b: 3, c: 4 });
  });
});
