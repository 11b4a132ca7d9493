import { labelSeatsLeft, labelSession } from '../labels/labelSession';
import { labelTimeRange } from '../labels/labelTimeRange';
import { seatsLeft } from '../model/seats';
import { sameSlot, type WidgetSlot } from '../time/slots';
import { useModel } from './context';

/**
 * One group session: what, when (the visitor's zone), where and the seats left. A sold-out session
 * stays listed but disabled, with "Sold out" in its name, and offers "Join the waitlist" below it.
 */
export function SessionButton({ slot }: { slot: WidgetSlot }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const g = slot.group!;
  const left = seatsLeft(slot);
  const soldOut = left <= 0;
  // Few seats: three or fewer, or under a fifth of the session; the badge then stands out.
  const few = !soldOut && (left <= 3 || left < g.maxSeats / 5);
  // A sold-out session offers its waitlist when the backend has one (`joinWaitlist`).
  const waitlist = soldOut ? m.waitlist() : undefined;
  const pressed = m.config.value.disable_confirm_page ? sameSlot(m.selectedSlot.value, slot) : undefined;
  return (
    <li>
      <button
        type="button"
        class={soldOut ? 'bw-session bw-sold-out' : 'bw-session'}
        part="slot"
        disabled={soldOut}
        aria-label={labelSession(i18n, slot, zone)}
        aria-pressed={pressed}
        onClick={() => m.pickSlot(slot)}
      >
        <strong>{g.what}</strong>
        <span class="bw-when">{labelTimeRange(i18n, slot.start, slot.end, zone)}</span>
        {g.where && <span class="bw-where">{g.where}</span>}
        <span class={few ? 'bw-seats bw-few' : 'bw-seats'}>{labelSeatsLeft(i18n, slot)}</span>
      </button>
      {soldOut && waitlist?.supported.value && (
        <button
          type="button"
          class="bw-btn bw-secondary bw-join"
          aria-label={i18n.t('waitlist_join_for', {
            what: g.what,
            date: i18n.formatDate(new Date(slot.start), zone, 'full'),
            time: i18n.formatTime(new Date(slot.start), zone),
          })}
          onClick={() => waitlist.open(slot)}
        >
          {i18n.t('waitlist_join')}
        </button>
      )}
    </li>
  );
}
