/**
 * Where translations come from, fixed per build by a Vite `define` (vite.config.ts):
 * `url`: the script build fetches `<language>.json` beside `booking.js` (or `ui.localization_url`);
 * `import`: the npm build (and the tests) `import()` the catalog modules as chunks.
 */
declare const __BW_CATALOGS__: 'url' | 'import';
