import { labelSeatsLeft } from '../labels/labelSession';
import { useModel } from './context';

/**
 * How many seats: a labelled number input between "one seat fewer" and "one seat more" buttons,
 * bounded by the seats left and `booking.max_seats_per_booking`. Changes are announced politely by
 * the model. The buttons stay focusable at the bounds (aria-disabled) so focus is never lost.
 */
export function SeatStepper() {
  const m = useModel();
  const i18n = m.i18n.value;
  const n = m.seats.value;
  const max = m.seatMax.value;
  const slot = m.selectedSlot.value!;
  const commit = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    m.setSeats(Number(input.value));
    input.value = String(m.seats.peek()); // show the bounded number even when it did not change
  };
  return (
    <div class="bw-field bw-seats-field">
      <label for="bw-seats">{i18n.t('seats_label')}</label>
      <div class="bw-stepper">
        <button
          type="button"
          class="bw-icon"
          aria-label={i18n.t('seats_fewer')}
          aria-controls="bw-seats"
          aria-disabled={n <= 1 || undefined}
          onClick={() => m.setSeats(n - 1)}
        >
          −
        </button>
        <input
          id="bw-seats"
          name="seats"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          value={n}
          aria-describedby="bw-seats-left"
          onChange={commit}
        />
        <button
          type="button"
          class="bw-icon"
          aria-label={i18n.t('seats_more')}
          aria-controls="bw-seats"
          aria-disabled={n >= max || undefined}
          onClick={() => m.setSeats(n + 1)}
        >
          +
        </button>
      </div>
      <p id="bw-seats-left" class="bw-hint">
        {labelSeatsLeft(i18n, slot)}
      </p>
    </div>
  );
}
