import type { AvailabilityView } from './types';

const VIEWS: Record<string, AvailabilityView> = {
  month: 'month',
  dayGridMonth: 'month',
  week: 'week',
  agendaWeek: 'week',
  timeGridWeek: 'week',
  list: 'list',
  listing: 'list',
  listWeek: 'list',
};

/** Known `ui.availability_view` values (ours and Booking.js/FullCalendar's). */
export const VIEW_NAMES = Object.keys(VIEWS);

/**
 * Maps a Booking.js / FullCalendar view name to ours; `undefined` for an unknown name.
 * @example mapView('agendaWeek') // 'week'
 */
export function mapView(name: unknown): AvailabilityView | undefined {
  return typeof name === 'string' && Object.hasOwn(VIEWS, name) ? VIEWS[name] : undefined;
}
