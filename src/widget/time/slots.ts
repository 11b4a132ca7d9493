import type { Slot } from '../../wire/index';
import { zoneOffsetMinutes } from '../i18n/zoneInfo';

/**
 * A bookable time as the widget shows it: an availability slot, or (group mode) a group session
 * with seats. Times are instants (ISO with offset), so a zone change only regroups them.
 */
export interface WidgetSlot extends Slot {
  /** Group mode: the owner booking, what and where, and its seats. */
  group?: { id: string; resourceId: string; what: string; where?: string; maxSeats: number; takenSeats: number };
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
  // The zone's offset is read (from Intl, the slow part) twice a day, not once a time: at the day's
  // first time, and just before its next midnight; the same offset at both holds the day's key.
  let key = '';
  let dayEnd = -Infinity;
  for (const { slot, ms } of sorted) {
    if (ms < now.getTime()) continue;
    if (ms >= dayEnd) {
      const offset = zoneOffsetMinutes(timeZone, new Date(ms));
      key = new Date(ms + offset * 60_000).toISOString().slice(0, 10);
      const midnight = Date.parse(`${key}T00:00:00Z`) + 86_400_000 - offset * 60_000;
      // An offset change before midnight (summer time starting at 23:00): read each time after this one.
      dayEnd = zoneOffsetMinutes(timeZone, new Date(midnight - 1)) === offset ? midnight : ms + 1;
    }
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
