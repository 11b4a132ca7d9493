import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { expect, serverTime } from './fixtures';

// Group sessions made through the demo server's mock API with the app key: every test makes its own
// project and session, so parallel runs never share seats.
export const API = `http://127.0.0.1:${Number(process.env.E2E_API_PORT ?? 18787)}/v2/`;
export const DOC = '11111111-1111-4111-8111-111111111111';
const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`:${key}`).toString('base64')}` });
export const APP = basic('test_api_key_demo');
export const WIDGET = basic('test_widget_key_demo');
export const WHAT = 'Flux capacitance webinar';

/** POSTs `data` to `path` and expects a 201; the answer's `data`. */
export async function post<T>(request: APIRequestContext, path: string, data: unknown, headers = APP): Promise<T> {
  const res = await request.post(API + path, { data, headers });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return (await res.json()).data as T;
}

/** A fresh group project and one session `daysAhead` days out at 18:00 UTC with `maxSeats` seats. */
export async function freshSession(request: APIRequestContext, maxSeats: number, daysAhead = 3, graph = 'group_customer') {
  const project = await post<{ id: string }>(request, 'projects', {
    name: WHAT,
    slug: `group-${randomUUID().slice(0, 13)}`,
    resources: [DOC],
    availability: { length: '1 hour' },
    booking: { graph, what: WHAT, where: 'Online', max_seats_per_booking: 5 },
  });
  const start = new Date((await serverTime(request)) + daysAhead * 86_400_000);
  start.setUTCHours(18, 0, 0, 0);
  const owner = await post<{ id: string }>(request, 'bookings', {
    graph: 'group_owner',
    project_id: project.id,
    resource_id: DOC,
    start: start.toISOString(),
    end: new Date(start.getTime() + 3_600_000).toISOString(),
    what: WHAT,
    where: 'Online',
    settings: { max_seats: maxSeats, allow_double_bookings: true },
  });
  return { projectId: project.id, ownerId: owner.id };
}
