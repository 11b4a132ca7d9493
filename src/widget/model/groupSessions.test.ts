import { labelSeatRefusal } from '../labels/labelSession';
import { describe, expect, it } from 'vitest';
import { seatRefusalMessage, type Booking, type CreateBookingRequest } from '../../wire/index';
import { ApiError } from '../api/ApiError';
import { toApiError } from '../api/toApiError';
import type { ApiResponse, BookingBackend } from '../api/types';
import { TEST_HOST as doc, testGroupSession } from '../api/testGroupSession';
import { BookingModel } from './BookingModel';

const now = () => new Date('2026-11-20T08:00:00Z');
const ok = <T>(data: T, status = 200): ApiResponse<T> => ({ data, status, headers: {}, testMode: false });

/** A tiny seat server: sessions with real seat counts, refusals as the mock API words them. */
function seatServer(graph: 'group_customer' | 'group_customer_payment', max: number[]) {
  const sessions = max.map((m, i) => testGroupSession(`g${i}`, `2026-11-2${4 + i}T18:00:00Z`, { max: m }));
  const requests: CreateBookingRequest[] = [];
  let groupReads = 0;
  let gate: Promise<void> | null = null;
  const take = (id: string, n: number) => (sessions.find((s) => s.id === id)!.attributes.group_booking.current_seats += n);
  const backend: BookingBackend = {
    getProject: () => Promise.reject(new ApiError('not_found', 404, 'no')),
    getAvailability: () => Promise.resolve(ok([])),
    async getGroupSessions(_params, signal) {
      groupReads++;
      const answer = ok(structuredClone(sessions)); // the counts as of the request
      const wait = gate;
      gate = null;
      await wait;
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return answer;
    },
    rescheduleBooking: () => Promise.reject(new ApiError('validation', 422, 'no')),
    async createBooking(req) {
      requests.push(req);
      const s = sessions.find((x) => x.id === req.related?.owner_booking_id)!;
      const seats = req.related?.seats ?? 1;
      const left = s.attributes.group_booking.max_seats - s.attributes.group_booking.current_seats;
      // Refusals as the HTTP backend reads the mock API's answer (typed `seatRefusal`).
      if (left <= 0) throw toApiError(422, { errors: { 'related.seats': [seatRefusalMessage({ kind: 'sold_out' })] } });
      if (seats > left) throw toApiError(422, { errors: { 'related.seats': [seatRefusalMessage({ kind: 'only', left })] } });
      take(s.id, seats);
      const booking: Booking = {
        id: `b${requests.length}`,
        graph,
        state: graph === 'group_customer' ? 'confirmed' : 'tentative',
        completed: false,
        possible_actions: [],
        available_actions: [],
        created_at: '2026-11-20T08:00:00Z',
        updated_at: '2026-11-20T08:00:00Z',
        attributes: { event_info: s.attributes.event_info },
        customers: [req.customer!],
        meta: {},
        resource: doc,
        related: { owner_booking_id: s.id, seats },
      };
      return ok(booking, 201);
    },
  };
  /** The next group read answers only when the returned function is called. */
  const hold = () => {
    let release!: () => void;
    gate = new Promise((r) => (release = r));
    return release;
  };
  return { backend, sessions, requests, take, hold, reads: () => groupReads };
}

async function setup(
  graph: 'group_customer' | 'group_customer_payment' = 'group_customer',
  max = [20, 20],
  booking: Record<string, unknown> = {},
) {
  const server = seatServer(graph, max);
  const events: Array<[string, unknown]> = [];
  const model = new BookingModel({
    config: {
      app_key: 'k',
      project_id: 'p4',
      disable_remote_load: true,
      booking: { graph, ...booking },
      callbacks: { paymentRequired: (d) => events.push(['callback', d]) },
    },
    backend: server.backend,
    now,
    detectTimeZone: () => 'America/Los_Angeles',
    dispatch: (t, d) => events.push([t, d]),
  });
  await model.start();
  // A group widget's first screen waits for the lazily loaded steps (sessions, stepper, seat actions).
  expect(model.stepsFirst.value).toBe(true);
  await model.loadSteps();
  return { model, server, events };
}

function fill(model: BookingModel) {
  model.setValue('name', 'Marty McFly');
  model.setValue('email', 'marty@example.com');
}

describe('group sessions in the model', () => {
  it('keeps sold-out sessions visible but refuses to pick them', async () => {
    const { model, server } = await setup('group_customer', [20, 20]);
    server.take('g1', 20);
    await model.refreshSeats();
    const soldOut = model.slots.value.find((s) => s.group?.id === 'g1')!;
    expect(soldOut.group).toMatchObject({ maxSeats: 20, takenSeats: 20, where: 'Online' });
    model.pickSlot(soldOut);
    expect(model.phase.value).toBe('calendar');
  });

  it('bounds the stepper by seats left and max_seats_per_booking, announcing changes', async () => {
    const { model, server } = await setup('group_customer', [20, 20], { max_seats_per_booking: 5 });
    server.take('g0', 17);
    await model.refreshSeats();
    model.pickSlot(model.slots.value[0]);
    expect([model.seats.value, model.seatMax.value]).toEqual([1, 3]);
    model.setSeats(9);
    expect(model.seats.value).toBe(3);
    expect(model.announcement.value).toBe('3 seats');
    model.closeForm();
    model.pickSlot(model.slots.value[1]);
    expect([model.seats.value, model.seatMax.value]).toEqual([1, 5]);
    model.setSeats(0);
    expect(model.seats.value).toBe(1);
  });

  it('books N seats with related.owner_booking_id and related.seats', async () => {
    const { model, server, events } = await setup();
    model.pickSlot(model.slots.value[0]);
    fill(model);
    model.setSeats(3);
    await model.submit();
    expect(model.phase.value).toBe('confirmation');
    expect(server.requests[0]).toMatchObject({
      graph: 'group_customer',
      resource_id: doc.id,
      related: { owner_booking_id: 'g0', seats: 3 },
    });
    expect(server.sessions[0].attributes.group_booking.current_seats).toBe(3);
    expect(events.some(([t]) => t === 'booking:payment-required')).toBe(false);
    await model.bookAnother();
    expect(model.slots.value[0].group!.takenSeats).toBe(3);
  });

  it('a session that filled meanwhile: "Only N seats left", fresh counts, bounded stepper, details kept', async () => {
    const { model, server } = await setup();
    model.pickSlot(model.slots.value[0]);
    fill(model);
    model.setSeats(4);
    server.take('g0', 18); // someone else took 18 while the visitor typed
    await model.submit();
    expect(model.phase.value).toBe('form');
    expect(model.seatProblem.value).toEqual({ kind: 'only', left: 2 });
    expect(model.selectedSlot.value!.group!.takenSeats).toBe(18);
    expect(model.slots.value[0].group!.takenSeats).toBe(18);
    expect([model.seats.value, model.seatMax.value]).toEqual([2, 2]);
    expect(model.values.value).toMatchObject({ name: 'Marty McFly', email: 'marty@example.com' });
    // The form's alert says it (the status does not repeat it).
    expect(labelSeatRefusal(model.i18n.value, model.seatProblem.value!)).toBe('Only 2 seats left. Your details are kept.');
    expect(model.announcement.value).not.toMatch(/seats left/);
    await model.submit();
    expect(model.phase.value).toBe('confirmation');
    expect(server.requests.at(-1)!.related).toEqual({ owner_booking_id: 'g0', seats: 2 });
  });

  it('a session that sold out meanwhile: "This session just sold out", fresh times keep the details', async () => {
    const { model, server } = await setup();
    model.pickSlot(model.slots.value[0]);
    fill(model);
    server.take('g0', 20);
    await model.submit();
    expect(model.seatProblem.value).toEqual({ kind: 'sold_out' });
    expect(labelSeatRefusal(model.i18n.value, model.seatProblem.value!)).toBe(
      'This session just sold out. Choose another one; your details are kept.',
    );
    await model.freshTimes();
    expect(model.phase.value).toBe('calendar');
    expect(model.slots.value[0].group!.takenSeats).toBe(20);
    expect(model.values.value.name).toBe('Marty McFly');
  });

  it('a full refresh drops a quiet seat re-read still in flight', async () => {
    const { model, server } = await setup();
    const release = server.hold();
    const quiet = model.refreshSeats(); // reads 0 taken, answers late
    server.take('g0', 5);
    await model.refresh(); // reads 5 taken
    release();
    expect(await quiet).toBe(false);
    expect(model.slots.value[0].group!.takenSeats).toBe(5);
  });
});

describe('payment graph in the model', () => {
  it('fires booking:payment-required and the callback with the booking id and hold end; markPaid shows it paid', async () => {
    const { model, events } = await setup('group_customer_payment');
    model.pickSlot(model.slots.value[0]);
    fill(model);
    model.setSeats(2);
    await model.submit();
    expect(model.booking.value!.state).toBe('tentative');
    const detail = { bookingId: 'b1', booking: model.booking.value, holdUntil: '2026-11-20T08:05:00.000Z', seats: 2 };
    expect(events.filter(([t]) => t === 'booking:payment-required' || t === 'callback')).toEqual([
      ['callback', detail],
      ['booking:payment-required', detail],
    ]);
    expect(model.announcement.value).toBe('Held pending payment');
    expect(model.markPaid('someone-else')).toBe(false);
    expect(model.markPaid('b1')).toBe(true);
    expect(model.booking.value!.state).toBe('paid');
    expect(model.announcement.value).toBe('Paid');
  });
});
