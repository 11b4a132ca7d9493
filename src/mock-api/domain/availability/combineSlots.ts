import type { ResourceSpans } from './resourceSpans';
import { SpanCursor } from './spans';
import type { AvailabilityMode } from '../../../wire';
import type { EngineSlot } from './types';

/** What each resource brings to the combination, in request order. */
export interface Offer {
  id: string;
  /** Sorted free starts on the resource's own grid (only needed for the first one in `mutual`). */
  starts: () => number[];
  spans: ResourceSpans;
}

/**
 * Joins per-resource free starts into the answer for `mode`.
 * - `roundrobin_prioritized`: every start any resource offers, once, with the first resource (in
 *   request order) that offers it.
 * - `roundrobin_random`: the same starts, each with one offering resource picked by `random`.
 * - `mutual` (our choice for mixed zones): the grid of the FIRST resource in request order; a start
 *   is kept when every other resource is free for the whole slot (inside its open time, clear of its
 *   blocks and buffered bookings), whatever its own grid; every resource is listed.
 * @example combineSlots('mutual', offers, 3_600_000, Math.random)
 */
export function combineSlots(mode: AvailabilityMode, offers: readonly Offer[], lengthMs: number, random: () => number): EngineSlot[] {
  if (offers.length === 0) return [];
  if (mode === 'mutual') return mutual(offers, lengthMs);
  const lists = offers.map((o) => o.starts());
  const heads = new Array<number>(lists.length).fill(0);
  const slots: EngineSlot[] = [];
  const offering: number[] = [];
  for (;;) {
    let min = Infinity;
    for (let r = 0; r < lists.length; r++) {
      const value = lists[r][heads[r]];
      if (value !== undefined && value < min) min = value;
    }
    if (min === Infinity) return slots;
    offering.length = 0;
    for (let r = 0; r < lists.length; r++) {
      if (lists[r][heads[r]] === min) {
        offering.push(r);
        heads[r]++;
      }
    }
    const pick = mode === 'roundrobin_prioritized' || offering.length === 1 ? 0 : pickIndex(random(), offering.length);
    slots.push({ start: min, end: min + lengthMs, resourceIds: [offers[offering[pick]].id] });
  }
}

function mutual(offers: readonly Offer[], lengthMs: number): EngineSlot[] {
  const others = offers.slice(1).map((o) => ({ open: new SpanCursor(o.spans.open), closed: new SpanCursor(o.spans.closed) }));
  const ids = offers.map((o) => o.id);
  const slots: EngineSlot[] = [];
  for (const start of offers[0].starts()) {
    const end = start + lengthMs;
    if (others.every((o) => o.open.contains(start, end) && !o.closed.overlaps(start, end))) {
      slots.push({ start, end, resourceIds: [...ids] });
    }
  }
  return slots;
}

/** `random()` in `[0, 1)` to an index below `n`, safe against a generator that returns 1. */
function pickIndex(value: number, n: number): number {
  const index = Math.floor(value * n);
  return Number.isFinite(index) ? Math.min(n - 1, Math.max(0, index)) : 0;
}
