import { action, computed, signal } from '../signals';
import { isGroupGraph } from '../../wire/index';
import type { WidgetCore } from './core';
import type { Picker } from './createPicker';
import { seatLimit, type SeatRefusal } from './seats';
import type { StepsModule } from './steps';
import type { BookingParts } from './submitBooking';

/**
 * Group mode (`group_customer`, `group_customer_payment`): how many seats the visitor asks for at
 * the picked session, its bound, why the last seat request was refused, and the quiet re-read of
 * the sessions' counts. The actions' code comes with the lazily loaded steps (`groupSeats.ts`),
 * which a group widget always has. `parts` gives the other models of the widget (the root's wiring).
 * @example const seats = createGroupSeats(core, picker, () => parts);
 */
export function createGroupSeats(core: WidgetCore, picker: Picker, parts: () => BookingParts) {
  const { config, steps } = core;
  const groupMode = computed(() => isGroupGraph(config.value.booking.graph));
  const seats = signal(1);
  const seatProblem = signal<SeatRefusal | null>(null);
  /** The stepper's upper bound: seats left at the picked session, capped by `booking.max_seats_per_booking`. */
  const seatMax = computed(() => {
    const slot = picker.selectedSlot.value;
    return slot?.group ? Math.max(1, seatLimit(slot, config.value.booking.max_seats_per_booking)) : 1;
  });
  // The quiet re-read in flight; a full load aborts it (the root's `refresh`):
  //   refreshSeats ──GET /bookings/groups (slow)────────────✗ aborted, result dropped
  //   bookAnother  ──abort── refresh ──GET /bookings/groups──✓ renders
  let ctrl: AbortController | null = null;
  return {
    groupMode,
    seats,
    seatMax,
    seatProblem,
    /** Re-reads the sessions quietly (no loading screen); resolves true when fresh counts arrived. */
    refreshSeats: action((): Promise<boolean> => {
      ctrl?.abort();
      const { signal } = (ctrl = new AbortController());
      const run = async (s: StepsModule | null) => !!s && !signal.aborted && s.refreshSeats(parts(), signal);
      // Started at once when the steps are there, so a full refresh started right after supersedes it.
      const loaded = steps.value.peek();
      return loaded ? run(loaded) : steps.load().then(run);
    }),
    /** The seat count, within 1 and `seatMax`; announced. */
    setSeats: action((n: number) => steps.value.peek()?.setSeats(parts(), n)),
    /** A new pick starts at one seat with no refusal. */
    reset() {
      seats.value = 1;
      seatProblem.value = null;
    },
    /** Drops a quiet re-read in flight. */
    abort: () => ctrl?.abort(),
  };
}

/** One widget's group seats. */
export type GroupSeats = ReturnType<typeof createGroupSeats>;
