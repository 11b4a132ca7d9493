import type { GroupSession } from '../../wire/index';
import type { WidgetSlot } from './slots';

/**
 * Group sessions as slots, sorted by start. Open sessions only (`tentative` owners): cancelled or
 * finished ones are left out, full ones stay so the visitor sees them as sold out.
 */
export function sessionsToSlots(sessions: GroupSession[]): WidgetSlot[] {
  return sessions
    .filter((s) => !s.completed && s.state === 'tentative')
    .map((s) => ({
      start: s.attributes.event_info.start,
      end: s.attributes.event_info.end,
      resources: [{ id: s.resource.id, name: s.resource.name, timezone: '' }],
      group: {
        id: s.id,
        resourceId: s.resource.id,
        what: s.attributes.event_info.what,
        where: s.attributes.event_info.where ?? '',
        maxSeats: s.attributes.group_booking.max_seats,
        takenSeats: s.attributes.group_booking.current_seats,
      },
    }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
