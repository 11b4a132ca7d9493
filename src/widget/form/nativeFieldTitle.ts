import type { I18n, MessageKey } from '../i18n';

const TITLE_KEYS: Record<string, MessageKey> = {
  name: 'field_title_name',
  email: 'field_title_email',
  phone: 'field_title_phone',
  comment: 'field_title_comment',
  first_name: 'field_title_first_name',
  last_name: 'field_title_last_name',
};

/**
 * The visitor-language title of a Booking.js native customer field (name, email, phone, comment,
 * first/last name) when the config gives none; undefined for custom fields.
 * @example nativeFieldTitle(createI18n({ locale: 'en' }), 'email') // 'E-mail'
 */
export function nativeFieldTitle(i18n: I18n, key: string): string | undefined {
  const messageKey = TITLE_KEYS[key];
  return messageKey ? i18n.t(messageKey) : undefined;
}
