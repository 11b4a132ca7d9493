import { CATALOGS } from './catalogs';
import { createI18n as createI18nBare, type I18n, type I18nOptions } from './index';

/**
 * For tests: `createI18n` with every catalog already loaded, as a widget is once its language file
 * has arrived. (The widget itself never imports `CATALOGS`: that would put every language in the script.)
 * @example createI18n({ locale: 'de' }).t('submit_button') // 'Buchen'
 */
export function createI18n(options: I18nOptions = {}): I18n {
  return createI18nBare({ catalogs: CATALOGS, ...options });
}
