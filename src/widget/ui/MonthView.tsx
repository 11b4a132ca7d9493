import { MonthCalendar } from './MonthCalendar';
import { SlotList } from './SlotList';

/** The month view: the month grid and the selected day's times. */
export function MonthView() {
  return (
    <>
      <MonthCalendar />
      <SlotList />
    </>
  );
}
