import type { GroupSession } from '../../wire/index';

/** The host of the unit tests' group sessions. */
export const TEST_HOST = { id: '11111111-1111-4111-8111-111111111111', name: 'Doc Brown' };

/**
 * A group session as `GET /bookings/groups` answers it, for unit tests: an hour from `start`,
 * `taken` of `max` seats taken.
 * @example testGroupSession('g1', '2026-11-24T18:00:00Z', { taken: 3, max: 3 }) // sold out
 */
export function testGroupSession(id: string, start: string, { taken = 0, max = 20 } = {}): GroupSession {
  return {
    id,
    state: 'tentative',
    graph: 'group_owner',
    completed: false,
    available_actions: [],
    resource: TEST_HOST,
    attributes: {
      event_info: {
        start,
        end: new Date(Date.parse(start) + 3_600_000).toISOString().replace('.000', ''),
        what: 'Flux capacitance webinar',
        where: 'Online',
        description: '',
      },
      group_booking: { max_seats: max, current_seats: taken },
    },
  };
}
