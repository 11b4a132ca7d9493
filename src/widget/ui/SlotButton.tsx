import { labelSlot } from '../labels/labelSlot';
import { sameSlot, type WidgetSlot } from '../time/slots';
import { useModel } from './context';

/**
 * One bookable time: a button named "3:00 PM, Tuesday, 24 November 2026". A group session's button
 * comes with the lazily loaded steps (`Picker` waits for them in group mode).
 */
export function SlotButton({ slot, withName = false }: { slot: WidgetSlot; withName?: boolean }) {
  const Steps = useModel().steps.value;
  if (slot.group) return Steps && <Steps.SessionButton slot={slot} />;
  return <TimeButton slot={slot} withName={withName} />;
}

function TimeButton({ slot, withName }: { slot: WidgetSlot; withName: boolean }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  // With `disable_confirm_page` a pick stays on this screen: show which time is picked.
  const pressed = m.config.value.disable_confirm_page ? sameSlot(m.selectedSlot.value, slot) : undefined;
  return (
    <li>
      <button
        type="button"
        class="bw-slot"
        part="slot"
        data-start={slot.start}
        aria-label={labelSlot(i18n, slot, zone, withName)}
        aria-pressed={pressed}
        onClick={() => m.pickSlot(slot)}
      >
        {i18n.formatTime(new Date(slot.start), zone)}
        {withName && slot.resources[0] && <small> {slot.resources[0].name}</small>}
      </button>
    </li>
  );
}

/** Whether names should be shown: the times come from more than one resource. */
export function mixesResources(slots: readonly WidgetSlot[]): boolean {
  return new Set(slots.map((s) => s.resources[0]?.id)).size > 1;
}
