import { batch } from '@preact/signals';
import { loadSlots } from './loadSlots';
import { clampSeats, seatLimit } from './seats';
import type { SubmitContext } from './submitBooking';

/**
 * Group mode: re-reads the sessions quietly (no loading screen) and keeps the chosen session and
 * seat count in step with them. Resolves true when fresh counts arrived. A full refresh supersedes
 * a quiet one (createBookingModel aborts `seatCtrl`):
 *   refreshSeats ──GET /bookings/groups (slow)────────────✗ aborted, result dropped
 *   bookAnother  ──abort── refresh ──GET /bookings/groups──✓ renders
 */
export async function refreshSeats(m: SubmitContext): Promise<boolean> {
  const phase = m.phase.peek();
  if (!m.groupMode.peek() || phase === 'loading' || phase === 'error') return false;
  m.seatCtrl?.abort();
  const ctrl = (m.seatCtrl = new AbortController());
  try {
    const result = await loadSlots({ backend: m.backend(), config: m.config.peek(), timeZone: m.timeZone.peek(), emit: m.emit, signal: ctrl.signal });
    if (ctrl.signal.aborted) return false;
    const chosen = m.selectedSlot.peek()?.group?.id;
    const fresh = chosen ? result.slots.find((s) => s.group?.id === chosen) : undefined;
    batch(() => {
      m.slots.value = result.slots;
      if (fresh) {
        m.selectedSlot.value = fresh;
        m.seats.value = clampSeats(m.seats.peek(), seatLimit(fresh, m.config.peek().booking.max_seats_per_booking));
      }
    });
    return true;
  } catch {
    return false; // quiet: the shown counts stay until the next read
  }
}

/** The seat stepper: a count within 1 and `seatMax`, announced when it changes. */
export function setSeats(m: SubmitContext, n: number): void {
  const next = clampSeats(n, m.seatMax.peek());
  if (next === m.seats.peek()) return;
  m.seats.value = next;
  m.announce(m.i18n.peek().t('seats_count', { count: next }));
}
