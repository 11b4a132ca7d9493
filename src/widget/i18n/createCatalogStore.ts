import { signal, type ReadonlySignal } from '../signals';
import { catalogFolder } from './catalogFolder';
import type { Catalog } from './en';
import { isMessage } from './formatMessage';

/** Where to load from and how long to wait. */
export interface CatalogSource {
  /** `ui.localization_url`: the folder holding `<language>.json`; default `locales/` beside the script. */
  url?: string;
  /** Give up after this many milliseconds (the widget's `request_timeout`). */
  timeoutMs?: number;
}

/**
 * Where translations come from, fixed per build by a Vite `define` (vite.config.ts): `url`, the
 * script build fetches `<language>.json`; `import`, the npm build (and the tests) `import()` chunks.
 */
declare const __BW_CATALOGS__: 'url' | 'import';

// The npm build keeps each translation in its own chunk; `__BW_CATALOGS__` is a build constant, so
// the script build drops this table (and the catalogs) entirely.
const IMPORTS: Record<string, () => Promise<Catalog>> =
  __BW_CATALOGS__ === 'import'
    ? {
        de: () => import('./locales/de').then((m) => m.de),
        fr: () => import('./locales/fr').then((m) => m.fr),
        es: () => import('./locales/es').then((m) => m.es),
        nl: () => import('./locales/nl').then((m) => m.nl),
        ar: () => import('./locales/ar').then((m) => m.ar),
      }
    : {};

/**
 * Checks a catalog that arrived over the network: keeps the texts and plural forms, drops anything
 * else (a key with a wrong value falls back to English like a missing one).
 * @throws TypeError when the document is not a JSON object of texts.
 * @example toCatalog({ submit_button: 'Buchen', x: 3 }) // { submit_button: 'Buchen' }
 */
export function toCatalog(json: unknown): Partial<Catalog> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new TypeError('not a JSON object of texts');
  return Object.fromEntries(Object.entries(json).filter(([, value]) => isMessage(value)));
}

/**
 * The URL of one language file in a folder (a missing trailing slash is added). A relative folder
 * (`ui.localization_url`) is relative to the page, like any URL in it.
 */
export function catalogUrl(language: string, folder: string): string {
  return new URL(`${language}.json`, new URL(folder.replace(/\/?$/, '/'), document.baseURI)).href;
}

/**
 * Loads the catalog of one language: the script build fetches `<folder>/<language>.json`, the npm
 * build imports the catalog's chunk.
 * @throws Error naming the URL when the file cannot be fetched or is not a catalog.
 * @example await loadCatalog('de', { url: 'https://cdn.example.com/booking/locales/' })
 */
export async function loadCatalog(language: string, source: CatalogSource = {}): Promise<Partial<Catalog>> {
  if (__BW_CATALOGS__ === 'import' && !source.url) {
    const load = IMPORTS[language];
    if (!load) throw new Error(`no catalog for "${language}"`);
    return load();
  }
  let url = '';
  try {
    url = catalogUrl(language, source.url ?? catalogFolder() ?? 'locales/');
    const res = await fetch(url, { signal: AbortSignal.timeout(source.timeoutMs ?? 15000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return toCatalog(await res.json());
  } catch (e) {
    throw new Error(`${url || source.url}: ${(e as Error).message}`);
  }
}

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
  // One load per language and source; the key always has a space, so it never names an Object member.
  const pending: Record<string, Promise<void>> = {};
  return {
    loaded,
    load(language, source = {}) {
      if (language === 'en') return Promise.resolve();
      return (pending[`${language} ${source.url ?? ''}`] ??= load(language, source).then(
        (catalog) => {
          loaded.value = { ...loaded.peek(), [language]: catalog };
        },
        (e: Error) =>
          console.warn(
            `Booking widget: could not load the "${language}" texts (${e.message}); showing English. The language files belong in locales/ beside booking.js, or set ui.localization_url to their folder.`,
          ),
      ));
    },
  };
}
