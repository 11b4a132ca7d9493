import { labelSeatRefusal } from '../labels/labelSession';
import { bookingErrorKey, isSlotTaken } from '../model/bookingError';
import { useEffect, useRef } from 'preact/hooks';
import { useModel } from './context';

/** Why the booking failed and the way on: fresh times after a taken slot, else try again. */
export function SubmitError() {
  const m = useModel();
  const err = m.submitError.value;
  // "Book it" is disabled for a taken time, so the one way on takes the focus it had.
  const fresh = useRef<HTMLButtonElement>(null);
  useEffect(() => fresh.current?.focus(), [err]);
  if (!err) return null;
  const i18n = m.i18n.value;
  const seats = m.seatProblem.value;
  // A refused seat request: the counts are fresh and the stepper bounded; sold out needs another session.
  if (seats)
    return (
      <div class="bw-alert" role="alert">
        <p>{labelSeatRefusal(i18n, seats)}</p>
        {seats.kind === 'sold_out' && (
          <button ref={fresh} type="button" class="bw-btn" onClick={() => m.freshTimes()}>
            {i18n.t('fresh_times')}
          </button>
        )}
      </div>
    );
  const taken = err.kind === 'validation' && isSlotTaken(err);
  return (
    <div class="bw-alert" role="alert">
      <p>{i18n.t(bookingErrorKey(err), { message: err.message })}</p>
      {taken ? (
        <button ref={fresh} type="button" class="bw-btn" onClick={() => m.freshTimes()}>
          {i18n.t('fresh_times')}
        </button>
      ) : (
        <button
          type="button"
          class="bw-btn bw-secondary"
          onClick={(e) => {
            // This button goes while the booking is sent again: the focus moves to "Book it" (which
            // says "Booking…" meanwhile), where a failure's new alert is read from too.
            (e.currentTarget as HTMLElement).closest('form')?.querySelector<HTMLElement>('.bw-submit')?.focus();
            void m.submit();
          }}
        >
          {i18n.t('retry')}
        </button>
      )}
    </div>
  );
}
