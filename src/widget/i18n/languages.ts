/**
 * The languages the widget has texts for. Only English is inside the script build; the others are
 * loaded when a widget needs them (`loadCatalog` in `createCatalogStore.ts`). `catalogs.test.ts` checks this list against
 * the catalogs in `locales/`.
 */
export const LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'nl', 'ar'];
