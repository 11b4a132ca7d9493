import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGS } from './catalogs';
import { catalogFolder, setScriptUrl } from './catalogFolder';
import { catalogUrl, createCatalogStore, loadCatalog, toCatalog } from './createCatalogStore';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setScriptUrl(undefined);
});

describe('catalogUrl', () => {
  it.each([
    ['de', 'https://cdn.example.com/booking/locales/', 'https://cdn.example.com/booking/locales/de.json'],
    ['fr', 'https://cdn.example.com/booking/locales', 'https://cdn.example.com/booking/locales/fr.json'],
    ['ar', 'https://cdn.example.com/i18n/?v=3', 'https://cdn.example.com/i18n/ar.json'],
  ])('%s in %s', (language, folder, expected) => {
    expect(catalogUrl(language, folder)).toBe(expected);
  });
});

describe('toCatalog', () => {
  it('keeps texts and plural forms, drops other values', () => {
    expect(toCatalog({ a: 'x', b: { one: '1', other: 'n' }, c: 3, d: { one: 'no other' }, e: { other: 'n', few: 2 }, f: null })).toEqual({
      a: 'x',
      b: { one: '1', other: 'n' },
    });
  });

  it.each([[null], [[]], ['text'], [42]])('rejects %j', (json) => {
    expect(() => toCatalog(json)).toThrow(/not a JSON object of texts/);
  });
});

describe('loadCatalog', () => {
  it('imports the chunk when no URL is given (npm build and tests)', async () => {
    expect(await loadCatalog('de')).toEqual(CATALOGS.de);
    await expect(loadCatalog('xx')).rejects.toThrow(/no catalog for "xx"/);
  });

  it('fetches <language>.json from ui.localization_url', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ submit_button: 'Boek' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await loadCatalog('nl', { url: 'https://cdn.example.com/t' })).toEqual({ submit_button: 'Boek' });
    expect(fetch).toHaveBeenCalledWith('https://cdn.example.com/t/nl.json', expect.anything());
  });

  it.each<[string, () => Promise<Response>, RegExp]>([
    ['404', async () => new Response('Not found', { status: 404 }), /cdn\.example\.com\/t\/de\.json: HTTP 404/],
    ['not JSON', async () => new Response('<html>', { status: 200 }), /de\.json: .*JSON/],
    ['a JSON list', async () => new Response('[]', { status: 200 }), /de\.json: not a JSON object of texts/],
    ['network', async () => Promise.reject(new TypeError('Failed to fetch')), /de\.json: Failed to fetch/],
  ])('fails naming the URL: %s', async (_, answer, message) => {
    vi.stubGlobal('fetch', vi.fn(answer));
    await expect(loadCatalog('de', { url: 'https://cdn.example.com/t/' })).rejects.toThrow(message);
  });
});

describe('createCatalogStore', () => {
  it('loads a language once and publishes it on the signal', async () => {
    const load = vi.fn(async (language: string) => ({ submit_button: `${language}!` }));
    const store = createCatalogStore(load);
    await Promise.all([store.load('de'), store.load('de')]);
    await store.load('en'); // built in: nothing to load
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.loaded.value).toEqual({ de: { submit_button: 'de!' } });
  });

  it('a failure warns naming the URL and resolves; the language stays unloaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createCatalogStore(async () => Promise.reject(new Error('https://x.test/locales/fr.json: HTTP 404')));
    await expect(store.load('fr')).resolves.toBeUndefined();
    expect(store.loaded.value).toEqual({});
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/"fr" texts \(https:\/\/x\.test\/locales\/fr\.json: HTTP 404\); showing English.*ui\.localization_url/),
    );
  });

  it('two stores share nothing', async () => {
    const a = createCatalogStore(async () => ({ submit_button: 'A' }));
    const b = createCatalogStore(async () => ({ submit_button: 'B' }));
    await a.load('de');
    expect(b.loaded.value).toEqual({});
  });
});

describe('setScriptUrl', () => {
  it.each<[string | undefined, string | undefined]>([
    ['https://cdn.example.com/booking/booking.js?v=1', 'https://cdn.example.com/booking/locales/'],
    ['https://cdn.example.com/booking.js', 'https://cdn.example.com/locales/'],
    [undefined, undefined],
  ])('%s → default folder %s', (script, folder) => {
    setScriptUrl(script);
    expect(catalogFolder()).toBe(folder);
  });
});

describe('loadCatalog with a relative folder', () => {
  it('resolves it against the page', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    await loadCatalog('de', { url: '/elsewhere' });
    expect(fetch).toHaveBeenCalledWith(new URL('/elsewhere/de.json', document.baseURI).href, expect.anything());
  });
});
