/**
 * The English of the lazily loaded steps (form, confirmation, zone search, week and list views, group
 * sessions): it travels with them (src/widget/steps), so `booking.js` carries only `enFirst`.
 */
export const enSteps = {
  // Booking.js v3 `ui.localization` keys (same names, same English defaults).
  submit_button: 'Book it',
  allocated_resource_prefix: 'with',
  success_message: 'We have received your booking and sent a confirmation to {email}',
  reschedule_submit_button: 'Reschedule',
  reschedule_success_message: 'We have rescheduled your booking successfully',
  seats_left: { one: '{count} of {total} seat left', other: '{count} of {total} seats left' },
  // Calendar and times.
  previous_week: 'Previous week',
  next_week: 'Next week',
  week_of: 'Week of {date}',
  duration_minutes: { one: '{count} minute', other: '{count} minutes' },
  // Time zone.
  timezone_search: 'Search time zones',
  timezone_list: 'Time zones',
  timezone_no_match: 'No time zone matches “{query}”',
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
  download_ics: 'Download .ics file',
  google_calendar: 'Add to Google Calendar',
  book_another: 'Book another time',
  // Errors and ways on.
  fresh_times: 'Back to fresh times',
  // Group sessions, seats and payment.
  sold_out: 'Sold out',
  session_label: '{what}, {date}, {time}, {seats}',
  seats_label: 'Seats',
  seats_fewer: 'One seat fewer',
  seats_more: 'One seat more',
  seats_only_left: 'Only {seats} left. Your details are kept.',
  session_sold_out: 'This session just sold out. Choose another one; your details are kept.',
  label_where: 'Where',
  payment_heading: 'Held pending payment',
  payment_hold: 'Held for {duration}, until {time}: pay before then.',
  // The popup (data-booking-popup, openPopup) and the floating button.
  popup_label: 'Book a time',
  popup_close: 'Close',
} satisfies Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;
