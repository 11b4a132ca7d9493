import type { MessageValue } from './formatMessage';

/**
 * Validates `ui.localization`: each value a text, or plural forms (strings) with an `other` form.
 * Unknown keys pass (a Booking.js configuration may carry keys this widget does not show);
 * `undefined` values are dropped.
 * @throws TypeError naming `ui.localization.<key>` for any other value.
 * @example checkOverrides({ submit_button: 'Go' }) // { submit_button: 'Go' }
 */
export function checkOverrides(overrides: Record<string, unknown>): Partial<Record<string, MessageValue>> {
  const checked: Partial<Record<string, MessageValue>> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const isForms =
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { other?: unknown }).other === 'string' &&
      Object.values(value).every((form) => typeof form === 'string');
    if (typeof value !== 'string' && !isForms) {
      throw new TypeError(
        `ui.localization.${key} must be a text, or plural forms like { "one": "…", "other": "…" }; got ${JSON.stringify(value)}.`,
      );
    }
    checked[key] = value as MessageValue;
  }
  return checked;
}
