import type { ComponentType } from 'preact';
import type { StepsModule } from './model/steps';
import { MonthView } from './ui/MonthView';

/** One calendar view the picker can show (`ui.availability_view`). */
export interface ViewEntry {
  /** Booking.js / FullCalendar names that also choose this view. */
  aliases: readonly string[];
  /** The view's component: in the first-screen file with this table, or taken from the lazily loaded steps (undefined until they are there). */
  component(steps: StepsModule | null): ComponentType | undefined;
  /** True when the component comes with the first screen; false when the first screen waits for the steps file. */
  firstScreen: boolean;
}

/**
 * The calendar views (in the first-screen file, `config/check/`, with the components). Adding one is one entry here plus its component (in `ui/`, exported from
 * `steps/index.ts` and named in `StepsModule` when it is not a first-screen view); `mapView`, the
 * config check, the picker and the "which file first" decision (`stepsFirst`) read this table.
 */
export const VIEWS = {
  month: { aliases: ['dayGridMonth'], component: () => MonthView, firstScreen: true },
  week: { aliases: ['agendaWeek', 'timeGridWeek'], component: (steps) => steps?.WeekView, firstScreen: false },
  list: { aliases: ['listing', 'listWeek'], component: (steps) => steps?.ListView, firstScreen: false },
} satisfies Record<string, ViewEntry>;

/** A view's name: a key of `VIEWS`. */
export type ViewName = keyof typeof VIEWS;
