import { sessionsToSlots } from '../time/sessions';
import type { LoadedSlots, SlotsInput } from './loadSlots';

/**
 * Group mode's times: the open group sessions (`GET /bookings/groups`), with the Booking.js
 * callbacks around the request. It comes with the lazily loaded steps, which a group widget
 * fetches with its first request.
 */
export async function loadGroupSlots(input: SlotsInput): Promise<LoadedSlots> {
  const { backend, config, timeZone, emit, signal } = input;
  emit('group-slots-requested');
  try {
    const res = await backend.getGroupSessions({ projectId: config.project_id, timeZone }, signal);
    emit('group-slots-loaded', res);
    return { slots: sessionsToSlots(res.data), testMode: res.testMode };
  } catch (e) {
    if (!signal.aborted) emit('group-slots-failed', e);
    throw e;
  }
}
