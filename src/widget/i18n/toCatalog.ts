import type { Catalog } from './en';
import type { MessageValue } from './formatMessage';

const isMessage = (value: unknown): value is MessageValue =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).other === 'string' &&
    Object.values(value).every((form) => typeof form === 'string'));

/**
 * Checks a catalog that arrived over the network: keeps the texts and plural forms, drops anything
 * else (a key with a wrong value falls back to English like a missing one).
 * @throws TypeError when the document is not a JSON object of texts.
 * @example toCatalog({ submit_button: 'Buchen', x: 3 }) // { submit_button: 'Buchen' }
 */
export function toCatalog(json: unknown): Partial<Catalog> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new TypeError('not a JSON object of texts');
  return Object.fromEntries(Object.entries(json).filter(([, value]) => isMessage(value))) as Partial<Catalog>;
}
