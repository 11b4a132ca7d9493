import { VIEWS, type ViewName } from '../views';

/** Every name of `ui.availability_view` (ours and Booking.js/FullCalendar's) → our view. */
const NAMES: Record<string, ViewName> = Object.fromEntries(
  Object.entries(VIEWS).flatMap(([view, entry]) => [view, ...entry.aliases].map((name) => [name, view as ViewName])),
);

/** Known `ui.availability_view` values (ours and Booking.js/FullCalendar's). */
export const VIEW_NAMES = Object.keys(NAMES);

/**
 * Maps a Booking.js / FullCalendar view name to ours; `undefined` for an unknown name.
 * @example mapView('agendaWeek') // 'week'
 */
export function mapView(name: unknown): ViewName | undefined {
  return typeof name === 'string' && Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
}
