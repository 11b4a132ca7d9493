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
  // Confirmation.
  time_range: '{start} – {end}',
  // Errors and ways on.
  error_heading: "Ouch, we've encountered a problem",
  config_error_heading: 'This booking widget is not set up correctly',
  error_network: 'We could not reach the booking service. Check your connection and try again.',
  error_timeout: 'The booking service took too long to answer. Please try again.',
  error_unauthorized: 'The booking service did not accept this widget’s key. Check `app_key`.',
  error_forbidden: 'This widget’s key is not allowed on this site. Check the key’s allowed sites.',
  error_not_found: 'Not found: {message}. Check `resources`, `project_id` or `project_slug`, and `app_key`.',
  error_server: 'The booking service had a problem. Please try again in a moment.',
  error_validation: 'The booking was refused: {message}',
  error_slot_taken: 'Sorry, that time was just taken. Choose another time; your details are kept.',
  retry: 'Try again',
  // Group sessions, seats and payment.
  seats_count: { one: '{count} seat', other: '{count} seats' },
  paid_heading: 'Paid',
} satisfies Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;
