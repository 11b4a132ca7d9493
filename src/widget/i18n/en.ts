/**
 * English messages: the source catalog every other locale translates. Texts match Booking.js v3's
 * defaults where Booking.js has one (`submit_button: 'Book it'`, `success_message`, `with`).
 * Keys are snake_case so that Booking.js `ui.localization` overrides keep working.
 * A value is a string with `{name}` placeholders, or plural forms keyed by `Intl.PluralRules` category.
 */
export const en = {
  submit_button: 'Book it',
  allocated_resource_prefix: 'with',
  success_message: 'We have received your booking and sent a confirmation to {email}',
  seats_left: { one: '{count} of {total} seat left', other: '{count} of {total} seats left' },
} satisfies Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** A message key of the catalog. */
export type MessageKey = keyof typeof en;
/** A catalog: every key, translated. */
export type Catalog = { [K in MessageKey]: (typeof en)[K] extends string ? string : Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } };
