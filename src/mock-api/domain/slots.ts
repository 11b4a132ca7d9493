import { blocksTime } from './graphs';
import type { Store } from './store';
import type { StoredBooking } from './types';

/** A busy stretch of a resource's time, epoch ms, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** The bookings that block `resourceId`'s time right now. */
export function blockingBookings(store: Store, resourceId: string): StoredBooking[] {
  const out: StoredBooking[] = [];
  for (const b of store.bookings.values()) {
    if (b.resource_id === resourceId && blocksTime(b.graph, b.state)) out.push(b);
  }
  return out;
}

/** Busy intervals per resource, from bookings in blocking states, sorted by start. */
export function busyIntervals(store: Store, resourceIds: readonly string[]): Map<string, Interval[]> {
  const wanted = new Set(resourceIds);
  const busy = new Map<string, Interval[]>(resourceIds.map((id) => [id, []]));
  for (const b of store.bookings.values()) {
    if (wanted.has(b.resource_id) && blocksTime(b.graph, b.state)) {
      busy.get(b.resource_id)!.push({ start: b.start, end: b.end });
    }
  }
  for (const list of busy.values()) list.sort((a, b) => a.start - b.start);
  return busy;
}

/**
 * The first booking that blocks `resourceId` during [start, end) widened by `bufferMs` on both
 * sides, ignoring the bookings in `except`; null when the time is free.
 */
export function findConflict(
  store: Store,
  resourceId: string,
  start: number,
  end: number,
  bufferMs = 0,
  except: ReadonlySet<string> = new Set(),
): StoredBooking | null {
  for (const b of blockingBookings(store, resourceId)) {
    if (except.has(b.id)) continue;
    if (b.start - bufferMs < end && start < b.end + bufferMs) return b;
  }
  return null;
}
