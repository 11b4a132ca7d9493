import type { JSX } from 'preact';
import { MonthCalendar } from './MonthCalendar';
import { useModel } from './context';

/** The month view: the month grid and the selected day's times (their list comes with the config-check file, `m.check`). */
export function MonthView(): JSX.Element {
  // (Its return type is written out: the model's type names the check file's, whose components read the model.)
  const List = useModel().check.value?.SlotList;
  return (
    <>
      <MonthCalendar />
      {List && <List />}
    </>
  );
}
