import type { BookingResource, BookingSlot, RangeList } from '../../../wire/bookingtime';
import type { Slot } from '../../../wire/index';
import { resourceName } from './mapTemplate';

/**
 * A RANGE_LIST of slots as the widget's slots: the start as given, the end `durationMinutes`
 * later (a slot carries only its start), the resources named from the template. Unknown resource
 * ids keep their id as name. Pure.
 * @example rangeToSlots(range, 30, resources)[0].end // '2026-03-02T09:30:00-08:00'
 */
export function rangeToSlots(range: RangeList<BookingSlot>, durationMinutes: number, resources: BookingResource[]): Slot[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const zone = range.timeZone || 'UTC';
  return (range.list ?? []).map((s) => ({
    start: s.timestamp,
    end: new Date(Date.parse(s.timestamp) + durationMinutes * 60_000).toISOString(),
    resources: (s.bookingResourceCombination ?? []).map((id) => {
      const r = byId.get(id);
      return { id, name: r ? resourceName(r) : id, timezone: zone };
    }),
  }));
}
