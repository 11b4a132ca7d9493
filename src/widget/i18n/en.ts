/**
 * English messages: the source catalog every other locale translates. Texts match Booking.js v3's
 * defaults where Booking.js has one (`submit_button: 'Book it'`, `success_message`, `with`).
 * Keys are snake_case so that Booking.js `ui.localization` overrides keep working.
 * A value is a string with `{name}` placeholders, or plural forms keyed by `Intl.PluralRules` category.
 */
export const en = {
  // Booking.js v3 `ui.localization` keys (same names, same English defaults).
  submit_button: 'Book it',
  allocated_resource_prefix: 'with',
  success_message: 'We have received your booking and sent a confirmation to {email}',
  reschedule_submit_button: 'Reschedule',
  reschedule_success_message: 'We have rescheduled your booking successfully',
  seats_left: { one: '{count} of {total} seat left', other: '{count} of {total} seats left' },

  // Loading and status.
  loading: 'Loading available times…',
  times_loaded: { one: '{count} time available from {date}', other: '{count} times available from {date}' },
  test_mode: 'Test mode',
  powered_by: 'Powered by Timekit',

  // Calendar and times.
  calendar_label: 'Choose a day',
  previous_month: 'Previous month',
  next_month: 'Next month',
  previous_week: 'Previous week',
  next_week: 'Next week',
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
  week_of: 'Week of {date}',
  duration_minutes: { one: '{count} minute', other: '{count} minutes' },

  // Time zone.
  timezone_label: 'Your time zone',
  timezone_change: 'Change time zone, now {zone}',
  timezone_search: 'Search time zones',
  timezone_list: 'Time zones',
  timezone_no_match: 'No time zone matches “{query}”',
  timezone_changed: 'Times are now shown in {zone}',

  // Form.
  form_heading: 'Book {date}, {time}',
  back_to_times: 'Back to times',
  field_required: '{field} is required',
  field_title_name: 'Name',
  field_title_email: 'E-mail',
  field_title_phone: 'Phone',
  field_title_comment: 'Comment',
  field_title_first_name: 'First name',
  field_title_last_name: 'Last name',
  field_email: '{field} must be an email address like name@example.com',
  field_tel: '{field} may only hold digits, spaces and + ( ) -',
  form_invalid: { one: '{count} field needs your attention', other: '{count} fields need your attention' },
  select_placeholder: 'Choose…',
  submitting: 'Booking…',
  reschedule_message: 'Message to the host',
  reschedule_heading: 'Confirm rescheduling to {date}, {time}',

  // Confirmation.
  confirmed_heading: 'You are booked',
  awaiting_heading: 'Request sent',
  awaiting_confirmation: 'Awaiting confirmation: you will get an email once the booking is confirmed.',
  rescheduled_heading: 'Rescheduled',
  label_what: 'What',
  label_when: 'When',
  label_with: 'With',
  time_range: '{start} – {end}',
  download_ics: 'Download .ics file',
  google_calendar: 'Add to Google Calendar',
  book_another: 'Book another time',

  // Errors and ways on.
  error_heading: "Ouch, we've encountered a problem",
  config_error_heading: 'This booking widget is not set up correctly',
  error_network: 'We could not reach the booking service. Check your connection and try again.',
  error_timeout: 'The booking service took too long to answer. Please try again.',
  error_unauthorized: 'The booking service did not accept this widget’s key. Check `app_key`.',
  error_forbidden: 'This widget’s key may not be used on this site. Check the key’s allowed sites.',
  error_not_found: 'The project could not be found. Check `project_id` or `project_slug` and `app_key`.',
  error_server: 'The booking service had a problem. Please try again in a moment.',
  error_validation: 'The booking was refused: {message}',
  error_slot_taken: 'Sorry, that time was just taken. Choose another time; your details are kept.',
  retry: 'Try again',
  fresh_times: 'Back to fresh times',
  // Group sessions, seats and payment.
  sold_out: 'Sold out',
  session_label: '{what}, {date}, {time}, {seats}',
  seats_label: 'Seats',
  seats_fewer: 'One seat fewer',
  seats_more: 'One seat more',
  seats_count: { one: '{count} seat', other: '{count} seats' },
  seats_only_left: 'Only {seats} left. Your details are kept.',
  session_sold_out: 'This session just sold out. Choose another one; your details are kept.',
  label_where: 'Where',
  payment_heading: 'Held pending payment',
  payment_hold: 'Held for {duration}, until {time}: pay before then.',
  paid_heading: 'Paid',
} satisfies Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** A message key of the catalog. */
export type MessageKey = keyof typeof en;
/** A catalog: every key, translated. */
export type Catalog = { [K in MessageKey]: (typeof en)[K] extends string ? string : Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } };
