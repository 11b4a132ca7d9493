import timekitSdk from 'timekit-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingAt, startApiServer, type ApiServer } from './index';

// The official client, unchanged: if it needs a field shape, the server is what gets fixed.
type Sdk = {
  newInstance(): Sdk;
  configure(c: Record<string, unknown>): void;
  include(...names: string[]): Sdk;
  [method: string]: (...args: never[]) => unknown;
};
type Res = { data: Record<string, unknown> & { id: string } };
type ListRes = { data: Array<Record<string, unknown>>; metaData?: Record<string, unknown> };

let server: ApiServer;
let tk: Sdk;
const call = <T = Res>(method: string, arg?: unknown) => (tk[method] as (a?: unknown) => Promise<T>)(arg);

// The server's clock starts on Monday 2 March 2026; the slots are a week later.
const NOW = Date.parse('2026-03-02T08:00:00Z');
const base = new Date('2026-03-09T00:00:00Z');
const at = (hours: number) => new Date(base.getTime() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  server = await startApiServer({ port: 0, seed: 'empty', clock: clockStartingAt(NOW) });
  tk = (timekitSdk as unknown as Sdk).newInstance();
  tk.configure({ apiBaseUrl: server.url, appKey: server.keys.appKey });
});
afterAll(() => server.close());

describe('timekit-sdk against the mock API over HTTP', () => {
  let resourceId = '';

  it('creates a resource and reads its availability', async () => {
    const made = await call('createResource', { name: 'Doc', timezone: 'America/Los_Angeles', email: 'doc@example.com' });
    resourceId = made.data.id;
    expect(made.data).toMatchObject({ name: 'Doc', timezone: 'America/Los_Angeles' });
    const listed = await call<ListRes>('getResources');
    expect(listed.data.map((r) => r.id)).toEqual([resourceId]);
    expect(listed.metaData).toMatchObject({ total: 1, current_page: 1 });
    const slots = await call<ListRes>('fetchAvailability', {
      resources: [resourceId],
      from: at(0),
      to: at(24),
      length: '1 hour',
      output_timezone: 'UTC',
    });
    expect(slots.data).toHaveLength(24);
    expect(slots.data[0]).toMatchObject({ start: at(0).replace('.000Z', 'Z'), resources: [{ id: resourceId, name: 'Doc' }] });
  });

  it('books an instant slot, which then leaves the availability', async () => {
    const booking = await call('createBooking', {
      resource_id: resourceId,
      graph: 'instant',
      start: at(1),
      end: at(2),
      what: 'Flux check',
      where: 'Lab',
      description: '',
      customer: { name: 'Marty', email: 'marty@example.com', timezone: 'America/Los_Angeles' },
    });
    expect(booking.data).toMatchObject({ state: 'confirmed', graph: 'instant' });
    const slots = await call<ListRes>('fetchAvailability', {
      resources: [resourceId],
      from: at(0),
      to: at(24),
      length: '1 hour',
      output_timezone: 'UTC',
    });
    expect(slots.data).toHaveLength(23);
    const refused = await call('createBooking', {
      resource_id: resourceId,
      graph: 'instant',
      start: at(1),
      end: at(2),
      what: 'x',
      where: 'y',
      description: '',
      customer: { name: 'Biff', email: 'biff@example.com' },
    }).catch((e: { status: number; data: { errors: Record<string, string[]> } }) => e);
    expect(refused).toMatchObject({ status: 422, data: { errors: { start: [expect.stringMatching(/no longer available/)] } } });
  });

  it('confirms one confirm_decline booking and declines another', async () => {
    const make = (h: number) =>
      call('createBooking', {
        resource_id: resourceId,
        graph: 'confirm_decline',
        start: at(h),
        end: at(h + 1),
        what: 'Consult',
        where: 'Call',
        description: '',
        customer: { name: 'Lorraine', email: 'lorraine@example.com' },
      });
    const a = await make(5);
    const b = await make(6);
    expect(a.data.state).toBe('tentative');
    expect((await call('updateBooking', { id: a.data.id, action: 'confirm' })).data.state).toBe('confirmed');
    expect((await call('updateBooking', { id: b.data.id, action: 'decline' })).data).toMatchObject({ state: 'declined', completed: true });
    const bad = await call('updateBooking', { id: b.data.id, action: 'confirm' }).catch((e: { status: number }) => e);
    expect(bad).toMatchObject({ status: 422 });
    const got = await call('getBooking', { id: a.data.id });
    expect(got.data.state).toBe('confirmed');
  });

  it('creates a group owner, books seats, lists groups and reads the seats', async () => {
    const owner = await call('createBooking', {
      resource_id: resourceId,
      graph: 'group_owner',
      start: at(10),
      end: at(12),
      what: 'Webinar',
      where: 'Online',
      description: '',
      settings: { max_seats: 3 },
    });
    const seat = (seats: number) =>
      call('createBooking', {
        graph: 'group_customer',
        customer: { name: 'Jennifer', email: 'jen@example.com' },
        related: { owner_booking_id: owner.data.id, seats },
      });
    expect((await seat(2)).data.state).toBe('confirmed');
    const over = await seat(2).catch((e: { status: number; data: unknown }) => e);
    expect(over).toMatchObject({ status: 422, data: { errors: { 'related.seats': ['Only 1 seat left'] } } });
    const groups = await call<ListRes>('getGroupBookings');
    expect(groups.data).toEqual([
      expect.objectContaining({
        id: owner.data.id,
        attributes: expect.objectContaining({ group_booking: { max_seats: 3, current_seats: 2 } }),
      }),
    ]);
    const one = await call('getGroupBooking', { id: owner.data.id });
    expect(one.data.id).toBe(owner.data.id);
    const withSeats = await (tk.include('related_bookings.customers').getBooking as (a: unknown) => Promise<Res>)({ id: owner.data.id });
    expect((withSeats.data.related_bookings as Array<{ customers: Array<{ email: string }> }>)[0].customers[0].email).toBe(
      'jen@example.com',
    );
    const cancelled = await call('updateBooking', { id: owner.data.id, action: 'cancel' });
    expect(cancelled.data.state).toBe('cancelled');
  });

  it('makes a widget credential and a project the widget key can load', async () => {
    const cred = await call('createCredential', { type: 'client-token', scopes: ['widget'] });
    const project = await call('createProject', { name: 'Meet Doc', resources: [resourceId], booking: { graph: 'instant' } });
    const widget = (timekitSdk as unknown as Sdk).newInstance();
    widget.configure({ apiBaseUrl: server.url, appKey: cred.data.token });
    const embed = await (widget.getEmbedProject as (a: unknown) => Promise<Res>)({ id: project.data.id });
    expect(embed.data).toMatchObject({ id: project.data.id, app_key: cred.data.token });
    const hosted = await (widget.getHostedProject as (a: unknown) => Promise<Res>)({ slug: 'meet-doc' });
    expect(hosted.data.id).toBe(project.data.id);
    const denied = await (widget.getResources as () => Promise<unknown>)().catch((e: { status: number }) => e);
    expect(denied).toMatchObject({ status: 403 });
  });
});
