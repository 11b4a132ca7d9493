import { blocksTime } from './graphs';
import type { Store } from './store';

/** A busy stretch of a resource's time, epoch ms, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Busy intervals per resource, from bookings in blocking states and live time holds (but those
 * whose id is in `except`), sorted by start. Expired holds are gone from the store by then
 * (`BookingService.expireDue` runs before every read).
 */
export function busyIntervals(
  store: Store,
  resourceIds: readonly string[],
  except: ReadonlySet<string> = new Set(),
): Map<string, Interval[]> {
  const wanted = new Set(resourceIds);
  const busy = new Map<string, Interval[]>(resourceIds.map((id) => [id, []]));
  for (const b of store.bookings.values()) {
    if (wanted.has(b.resource_id) && blocksTime(b.graph, b.state) && !except.has(b.id)) {
      busy.get(b.resource_id)!.push({ start: b.start, end: b.end });
    }
  }
  for (const h of store.holds.values()) {
    if (h.kind === 'time' && wanted.has(h.resource_id) && !except.has(h.id)) busy.get(h.resource_id)!.push({ start: h.start, end: h.end });
  }
  for (const list of busy.values()) list.sort((a, b) => a.start - b.start);
  return busy;
}
