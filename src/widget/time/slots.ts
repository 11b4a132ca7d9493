import type { GroupSession, Slot } from '../../wire/index';
import { dayKeyInZone } from './zone';

/**
 * A bookable time as the widget shows it: an availability slot, or (group mode) a group session
 * with seats. Times are instants (ISO with offset), so a zone change only regroups them.
 */
export interface WidgetSlot extends Slot {
  /** Group mode: the owner booking, what and where, and its seats. */
  group?: { id: string; resourceId: string; what: string; where?: string; maxSeats: number; takenSeats: number };
}

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

/**
 * Slots grouped by their day key in `timeZone`, days and slots in time order. Slots that already
 * started at `now` are dropped (the answer may be minutes old).
 * @example groupSlotsByDay(slots, 'Europe/Berlin', now).get('2026-11-24')
 */
export function groupSlotsByDay(slots: readonly WidgetSlot[], timeZone: string, now: Date): Map<string, WidgetSlot[]> {
  const out = new Map<string, WidgetSlot[]>();
  // Each start parsed once (a sort that parses in its comparisons does it 20 times over for 2,000 times).
  const sorted = slots.map((slot) => ({ slot, ms: Date.parse(slot.start) })).sort((a, b) => a.ms - b.ms);
  for (const { slot, ms } of sorted) {
    if (ms < now.getTime()) continue;
    const key = dayKeyInZone(new Date(ms), timeZone);
    const list = out.get(key);
    if (list) list.push(slot);
    else out.set(key, [slot]);
  }
  return out;
}

/** Same slot? (compares instants, never Date objects) */
export function sameSlot(a: WidgetSlot | null | undefined, b: WidgetSlot | null | undefined): boolean {
  return (
    !!a &&
    !!b &&
    Date.parse(a.start) === Date.parse(b.start) &&
    Date.parse(a.end) === Date.parse(b.end) &&
    (a.group?.id ?? '') === (b.group?.id ?? '')
  );
}
