/**
 * The first screen's English (calendar, times, status, errors): inside `booking.js`. With
 * `enSteps.ts` it makes the English source catalog (`en.ts`); read that file's notes.
 */
export const enFirst = {
  // Loading and status.
  loading: 'Loading available times…',
  loading_step: 'Loading…',
  times_loaded: { one: '{count} time available from {date}', other: '{count} times available from {date}' },
  test_mode: 'Test mode',
  powered_by: 'Powered by Timekit',
  // Calendar and times.
  calendar_label: 'Choose a day',
  previous_month: 'Previous month',
  next_month: 'Next month',
  day_label: { one: '{date}, {count} time available', other: '{date}, {count} times available' },
  day_label_none: '{date}, no times available',
  today_suffix: '{label} (today)',
  times_heading: 'Times on {date}',
  slot_label: '{time}, {date}',
  slot_label_with: '{time}, {date}, with {name}',
  no_times_day: 'No open times on this day.',
  no_times_month: 'No open times in {month}.',
  next_available: 'Go to the next open day, {date}',
  no_times_at_all: 'There are no open times right now. Please check back later.',
  // Time zone.
  timezone_label: 'Your time zone',
  timezone_change: 'Change time zone, now {zone}',
  timezone_changed: 'Times are now shown in {zone}',
  // Errors and ways on (the others, with the error view, travel with the steps).
  error_network: 'We could not reach the booking service. Check your connection and try again.',
  retry: 'Try again',
  // Calendar, second part.
  times_until: 'Times are open until {date}.',
  more_times: 'More times',
} satisfies Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;
