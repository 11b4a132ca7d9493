import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { toApiError } from '../api/toApiError';
import { createFakeBackend } from '../api/createFakeBackend';
import { TEST_HOST as doc, testGroupSession } from '../api/testGroupSession';
import { BookingModel } from './BookingModel';
import { waitlistErrorKey, waitlistRetry } from './createWaitlist';

const now = () => new Date('2026-11-20T08:00:00Z');

/** Two sessions at the same time: `full` sold out (3 of 3 taken), `open` with seats. */
const session = (id: string, taken: number) => testGroupSession(id, '2026-11-24T18:00:00Z', { taken, max: 3 });

async function setup(noWaitlist = false) {
  const backend = createFakeBackend({ sessions: [session('full', 3), session('open', 1)], now, noWaitlist });
  const events: Array<[string, unknown]> = [];
  const model = new BookingModel({
    config: { app_key: 'k', booking: { graph: 'group_customer' } },
    backend,
    now,
    detectTimeZone: () => 'Europe/Berlin',
    dispatch: (t, d) => events.push([t, d]),
  });
  await model.start();
  await model.loadSteps();
  const w = model.waitlist()!;
  await Promise.resolve(); // the backend is asked whether it has waitlists
  const soldOut = model.slots.value.find((s) => s.group?.id === 'full')!;
  const open = model.slots.value.find((s) => s.group?.id === 'open')!;
  return { model, backend, events, w, soldOut, open };
}

describe('waitlist of a sold-out session', () => {
  it('is offered only by a backend that has one, and only for a sold-out session', async () => {
    const { model, w, open } = await setup();
    expect(w.supported.value).toBe(true);
    w.open(open);
    expect(model.phase.value).toBe('calendar');
    expect((await setup(true)).w.supported.value).toBe(false);
  });

  it('checks name and e-mail like the booking form, keeps what was typed, then joins and says where the visitor stands', async () => {
    const { model, backend, events, w, soldOut } = await setup();
    model.setValue('name', 'Marty McFly'); // typed in the booking form earlier: a start for this one
    w.open(soldOut);
    expect(model.phase.value).toBe('waitlist');
    expect(w.fields.value.map((f) => [f.key, f.title, f.required])).toEqual([
      ['name', 'Name', true],
      ['email', 'E-mail', true],
    ]);
    expect(w.values.value).toEqual({ name: 'Marty McFly', email: '' });
    w.setValue('email', 'marty');
    await w.submit();
    expect(w.errors.value).toEqual({ email: 'E-mail must be an email address like name@example.com' });
    expect(model.announcement.value).toBe('1 field needs your attention');
    expect(backend.calls.some((c) => c.method === 'joinWaitlist')).toBe(false);
    w.setValue('email', 'marty@example.com');
    expect(w.errors.value.email).toBe('');
    const focus = model.focusRequest.value;
    await w.submit();
    expect(backend.calls.find((c) => c.method === 'joinWaitlist')?.args).toEqual([
      'full',
      { name: 'Marty McFly', email: 'marty@example.com' },
    ]);
    expect(w.joined.value).toEqual({ id: 'w-full-1', session_id: 'full', position: 1, already_joined: false });
    expect(model.focusRequest.value).toBe(focus + 1);
    expect(model.announcement.value).toBe('You are on the waitlist');
    expect(events.filter(([t]) => t === 'booking:waitlist-joined')).toEqual([
      ['booking:waitlist-joined', { entry: w.joined.value, slot: soldOut }],
    ]);
  });

  it('calls the waitlistJoined callback, and a second join with the same e-mail says the visitor is already on it', async () => {
    const { model, w, soldOut } = await setup();
    const heard: unknown[] = [];
    await model.update({ callbacks: { waitlistJoined: (d) => heard.push(d) } });
    await model.loadSteps();
    const again = model.waitlist()!;
    expect(again).toBe(w); // one waitlist per widget
    const full = model.slots.value.find((s) => s.group?.id === 'full')!;
    for (const email of ['biff@example.com', 'BIFF@example.com']) {
      w.open(full);
      w.setValue('name', 'Biff');
      w.setValue('email', email);
      await w.submit();
    }
    expect(heard).toHaveLength(2);
    expect(w.joined.value).toMatchObject({ position: 1, already_joined: true });
    expect(model.announcement.value).toBe('You are already on the waitlist');
    expect(soldOut.group?.id).toBe('full');
  });

  it('a lost answer keeps the values and can be sent again; a field the server refuses shows at its field', async () => {
    const { model, backend, w, soldOut } = await setup();
    w.open(soldOut);
    w.setValue('name', 'Lorraine');
    w.setValue('email', 'lorraine@example.com');
    backend.failNext('joinWaitlist', new ApiError('network', 0, 'offline'));
    await w.submit();
    expect(w.error.value?.kind).toBe('network');
    expect(w.values.value).toEqual({ name: 'Lorraine', email: 'lorraine@example.com' });
    expect(model.phase.value).toBe('waitlist');
    expect(model.announcement.value).toBe('We could not reach the booking service. Check your connection and try again.');
    backend.failNext('joinWaitlist', toApiError(422, { errors: { email: ['must be an email address'] } }));
    await w.submit();
    expect(w.error.value).toBeNull();
    expect(w.errors.value).toEqual({ email: 'E-mail: must be an email address' });
    await w.submit();
    expect(w.joined.value?.position).toBe(1);
  });

  it('"Back to sessions" returns to the calendar and re-reads the counts', async () => {
    const { model, backend, w, soldOut } = await setup();
    w.open(soldOut);
    const reads = backend.calls.filter((c) => c.method === 'getGroupSessions').length;
    w.close();
    expect(model.phase.value).toBe('calendar');
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.calls.filter((c) => c.method === 'getGroupSessions').length).toBe(reads + 1);
  });
});

describe('waitlistErrorKey', () => {
  it.each([
    [toApiError(422, { errors: { session: ['This session still has 2 seats left; book a seat instead'] } }), 'waitlist_seats_again', false],
    [toApiError(422, { errors: { session: ['This session is cancelled; its waitlist is closed'] } }), 'waitlist_closed', false],
    [toApiError(404, { error: 'Group booking does not exist' }), 'waitlist_closed', false],
    [new ApiError('network', 0, 'offline'), 'error_network', true],
    [new ApiError('timeout', 0, 'slow'), 'error_timeout', true],
    [toApiError(503, {}), 'error_server', true],
  ])('%s → %s (retry: %s)', (err, key, retry) => {
    expect(waitlistErrorKey(err)).toBe(key);
    expect(waitlistRetry(err)).toBe(retry);
  });
});
