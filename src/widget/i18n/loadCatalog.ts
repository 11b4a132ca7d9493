import type { Catalog } from './en';
import { catalogFolder } from './catalogFolder';
import { toCatalog } from './toCatalog';

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

/** The URL of one language file in a folder (a missing trailing slash is added). */
export function catalogUrl(language: string, folder: string): string {
  return new URL(`${language}.json`, folder.endsWith('/') ? folder : `${folder}/`).href;
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
    // A relative `ui.localization_url` is relative to the page, like any URL in it.
    url = catalogUrl(language, new URL(source.url ?? catalogFolder() ?? 'locales/', document.baseURI).href);
    const res = await fetch(url, { signal: AbortSignal.timeout(source.timeoutMs ?? 15000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return toCatalog(await res.json());
  } catch (e) {
    throw new Error(`${url || source.url}: ${(e as Error).message}`);
  }
}
