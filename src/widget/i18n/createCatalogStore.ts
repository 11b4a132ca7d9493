import { signal, type ReadonlySignal } from '@preact/signals';
import type { Catalog } from './en';
import { loadCatalog, type CatalogSource } from './loadCatalog';

/** The translations one widget has loaded, and the way to load more. */
export interface CatalogStore {
  /** Loaded catalogs by language (English is built in and never listed). Read it in a computed to follow loads. */
  readonly loaded: ReadonlySignal<Readonly<Record<string, Partial<Catalog>>>>;
  /**
   * Loads a language once (per source). Never rejects: on failure it warns on the console naming
   * the URL and resolves, and the widget keeps speaking English.
   */
  load(language: string, source?: CatalogSource): Promise<void>;
}

/**
 * A catalog store for one widget (two widgets on a page share nothing; the browser's HTTP cache
 * makes a second fetch of the same file cheap).
 * @example const store = createCatalogStore(); await store.load('de'); store.loaded.value.de?.submit_button // 'Buchen'
 */
export function createCatalogStore(load: typeof loadCatalog = loadCatalog): CatalogStore {
  const loaded = signal<Record<string, Partial<Catalog>>>({});
  const pending = new Map<string, Promise<void>>();
  return {
    loaded,
    load(language, source = {}) {
      if (language === 'en') return Promise.resolve();
      const key = `${language} ${source.url ?? ''}`;
      let done = pending.get(key);
      if (!done) {
        done = load(language, source).then(
          (catalog) => {
            loaded.value = { ...loaded.peek(), [language]: catalog };
          },
          (e: Error) => console.warn(`Booking widget: could not load the "${language}" texts (${e.message}); showing English. The language files belong in locales/ beside booking.js, or set ui.localization_url to their folder.`),
        );
        pending.set(key, done);
      }
      return done;
    },
  };
}
