/**
 * English messages: the source catalog every other locale translates. Texts match Booking.js v3's
 * defaults where Booking.js has one (`submit_button: 'Book it'`, `success_message`, `with`).
 * Keys are snake_case so that Booking.js `ui.localization` overrides keep working.
 * A value is a string with `{name}` placeholders, or plural forms keyed by `Intl.PluralRules` category.
 * It is two files, so that each part can live in its own file of the build: `enFirst.ts` (the first
 * screen, inside `booking.js`) and `enSteps.ts` (the lazily loaded steps, which bring it along).
 */
import { enFirst } from './enFirst';
import { enSteps } from './enSteps';

/** The whole English catalog: the source every other language translates. */
export const en = { ...enFirst, ...enSteps };

/** A message key of the catalog. */
export type MessageKey = keyof typeof en;
/** A catalog: every key, translated. */
export type Catalog = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
};
