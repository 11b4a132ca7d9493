import type { Booking, CreateBookingRequest, GroupSession, Project, Slot } from '../../wire/index';
import type { Hold, HoldRequest } from '../../wire/holds';
import { ApiError } from './ApiError';
import type { ApiResponse, BookingBackend } from './types';

/** A scripted BookingBackend for tests and offline demos: fixed slots, recorded calls, injectable failures. */
export interface FakeBackend extends BookingBackend {
  calls: Array<{ method: keyof BookingBackend; args: unknown[] }>;
  /** The next call of `method` fails with `error` (once). */
  failNext(method: keyof BookingBackend, error: ApiError): void;
  /** Calls of `method` wait until `release()` is called. */
  hold(method: keyof BookingBackend): () => void;
}

const ok = <T>(data: T, status = 200): ApiResponse<T> => ({ data, status, headers: {}, testMode: false });

/**
 * A fake backend answering with `slots` (and `project`, `sessions`); bookings echo the request.
 * @example const backend = createFakeBackend({ slots: [{ start, end, resources: [doc] }] })
 */
export function createFakeBackend(
  data: { slots?: Slot[]; project?: Project; sessions?: GroupSession[]; now?: () => Date; linked?: Booking; noWaitlist?: boolean } = {},
): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  const failures = new Map<string, ApiError>();
  const holds = new Map<string, Promise<void>>();
  let n = 0;
  /** E-mails on each session's waitlist, in joining order. */
  const waitlists = new Map<string, string[]>();
  const linked = (link: { id: string; signature: string }): Booking => {
    if (!data.linked || link.id !== data.linked.id || link.signature !== `sig-${link.id}`)
      throw new ApiError('forbidden', 403, "This link's signature is not valid; ask for a new link");
    return data.linked;
  };
  async function run<T>(method: keyof BookingBackend, args: unknown[], answer: () => T, signal?: AbortSignal): Promise<T> {
    calls.push({ method, args });
    await holds.get(method);
    await Promise.resolve();
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw failure;
    }
    return answer();
  }
  return {
    calls,
    failNext: (method, error) => void failures.set(method, error),
    hold(method) {
      let release!: () => void;
      holds.set(method, new Promise((r) => (release = r)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    getProject: (ref, signal) =>
      run(
        'getProject',
        [ref],
        () => {
          if (!data.project) throw new ApiError('not_found', 404, 'Project does not exist');
          return ok(data.project);
        },
        signal,
      ),
    getAvailability: (req, signal) => run('getAvailability', [req], () => ok(data.slots ?? []), signal),
    getGroupSessions: (params, signal) => run('getGroupSessions', [params], () => ok(data.sessions ?? []), signal),
    createBooking: (req: CreateBookingRequest, include, signal, key) =>
      run('createBooking', [req, include, key], () => ok(fakeBooking(req, `b${++n}`), 201), signal),
    rescheduleBooking: (id, req, include, signal) =>
      run(
        'rescheduleBooking',
        [id, req, include],
        () => ok(fakeBooking({ graph: 'instant', start: req.start, end: req.end }, id), 201),
        signal,
      ),
    createHold: (req, signal) =>
      run('createHold', [req], () => ok(fakeHold(req, `h${++n}`, (data.now ?? (() => new Date()))()), 201), signal),
    releaseHold: (id) => run('releaseHold', [id], () => ok(undefined, 204)),
    // Joins in order; the same e-mail again (any case) is the API's 200 with the same place.
    joinWaitlist: data.noWaitlist
      ? undefined
      : (sessionId, person, signal) =>
          run(
            'joinWaitlist',
            [sessionId, person],
            () => {
              const list = waitlists.get(sessionId) ?? [];
              waitlists.set(sessionId, list);
              const known = list.indexOf(person.email.toLowerCase());
              if (known === -1) list.push(person.email.toLowerCase());
              const position = known === -1 ? list.length : known + 1;
              return ok(
                { id: `w-${sessionId}-${position}`, session_id: sessionId, position, already_joined: known !== -1 },
                known === -1 ? 201 : 200,
              );
            },
            signal,
          ),
    // One booking behind a link (`linked`), reached with the signature `sig-<id>`; anything else is the API's 403.
    linkAction: (link, action, body, signal) =>
      run(
        'linkAction',
        [link, action, body],
        () => {
          const old = linked(link);
          if (action === 'manage') return ok(old);
          if (action === 'cancel') return ok((data.linked = { ...old, state: 'cancelled_by_customer', customer_actions: [] }));
          const id = `${old.id}r`;
          const info = { ...old.attributes.event_info, ...(body as { start: string; end: string }) };
          data.linked = { ...old, id, attributes: { ...old.attributes, event_info: info }, action_links: fakeLinks(id) };
          return ok(data.linked, 201);
        },
        signal,
      ),
  };
}

function fakeBooking(req: CreateBookingRequest, id: string): Booking {
  const state = req.graph === 'confirm_decline' ? 'tentative' : 'confirmed';
  return {
    id,
    graph: req.graph,
    state,
    completed: false,
    possible_actions: [],
    available_actions: [],
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    attributes: {
      event_info: {
        start: req.start ?? '',
        end: req.end ?? '',
        what: req.what ?? 'Meeting',
        where: req.where ?? '',
        description: req.description ?? '',
      },
    },
    customers: req.customer ? [req.customer] : [],
    meta: {},
    resource: { id: req.resource_id ?? '', name: 'Doc Brown' },
  };
}

/** A hold of `req` made at `now`, ending `req.duration` later (5 minutes without one), like the mock API's. */
function fakeHold(req: HoldRequest, id: string, now: Date): Hold {
  const [, n = '5', unit = 'minute'] = /^(\d+)\s*(second|minute)/.exec(req.duration ?? '') ?? [];
  const ms = Number(n) * (unit === 'second' ? 1000 : 60_000);
  const time = 'start' in req ? { start: req.start, end: req.end } : { start: '', end: '' };
  return {
    id,
    kind: 'start' in req ? 'time' : 'seats',
    resource: { id: 'resource_id' in req ? (req.resource_id ?? '') : '', name: 'Doc Brown' },
    project_id: null,
    ...time,
    owner_booking_id: 'owner_booking_id' in req ? req.owner_booking_id : null,
    seats: 'seats' in req ? (req.seats ?? 1) : 0,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ms).toISOString(),
  };
}

/** The signed links of a fake booking: signature `sig-<id>` (what `linkAction` takes). */
export function fakeLinks(id: string): NonNullable<Booking['action_links']> {
  const link = (action: string) => `http://fake/v2/bookings/${id}/external_action/${action}?signature=sig-${id}`;
  return { cancel: link('cancel'), reschedule: link('reschedule'), manage: link('manage') };
}
