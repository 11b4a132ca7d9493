import { batch } from '../signals';
import { loadGroupSlots } from './loadGroupSlots';
import { seatLimit } from './seats';
import type { BookingParts } from './submitBooking';

/**
 * Group mode: re-reads the sessions quietly (no loading screen) and keeps the picked session and
 * seat count in step with them. Resolves true when fresh counts arrived; false when `signal` was
 * aborted (a full refresh superseded it, see `createGroupSeats.ts`) or the read failed.
 */
export async function refreshSeats({ core, picker, seats }: BookingParts, signal: AbortSignal): Promise<boolean> {
  const phase = core.phase.peek();
  if (!seats.groupMode.peek() || phase === 'loading' || phase === 'error') return false;
  try {
    const result = await loadGroupSlots({
      backend: await core.backend(),
      config: core.config.peek(),
      timeZone: picker.timeZone.peek(),
      emit: core.emit,
      signal,
    });
    if (signal.aborted) return false;
    const chosen = picker.selectedSlot.peek()?.group?.id;
    const fresh = chosen ? result.slots.find((s) => s.group?.id === chosen) : undefined;
    batch(() => {
      picker.slots.value = result.slots;
      if (fresh) {
        picker.selectedSlot.value = fresh;
        seats.seats.value = clampSeats(seats.seats.peek(), seatLimit(fresh, core.config.peek().booking.max_seats_per_booking));
      }
    });
    return true;
  } catch {
    return false; // quiet: the shown counts stay until the next read
  }
}

/** The seat stepper: a count within 1 and `seatMax`, announced when it changes. */
export function setSeats({ core, seats }: BookingParts, n: number): void {
  const next = clampSeats(n, seats.seatMax.peek());
  if (next === seats.seats.peek()) return;
  seats.seats.value = next;
  core.announce(core.i18n.peek().t('seats_count', { count: next }));
}

/**
 * A seat count within 1…limit (whole numbers; anything unreadable becomes 1).
 * @example clampSeats(7, 5) // 5
 */
export function clampSeats(n: number, limit: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.max(1, Math.min(Math.floor(n), Math.max(1, limit)));
}
