import { defineConfig, type Plugin } from 'vitest/config';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { minify } from 'terser';
import preact from '@preact/preset-vite';
import { CATALOGS } from './src/widget/i18n/catalogs';

/**
 * The script build's translations: `dist/locales/<language>.json` from the TS catalogs (the one
 * source), English excepted (it is inside `booking.js`).
 */
function localeFiles(): Plugin {
  return {
    name: 'booking-widget-locale-files',
    apply: 'build',
    generateBundle() {
      for (const [language, catalog] of Object.entries(CATALOGS)) {
        if (language !== 'en') this.emitFile({ type: 'asset', fileName: `locales/${language}.json`, source: JSON.stringify(catalog) });
      }
    },
  };
}

/**
 * The script build's lazily loaded files: which source folder each holds and its file name. A
 * chunk from anywhere else fails the build (it would be a file nobody meant to ship).
 */
const LAZY_CHUNKS = [
  { folder: '/src/widget/steps/', name: 'booking-steps' },
  { folder: '/src/widget/api/bookingtime/', name: 'bookingtime' },
  // The config's validation table, loaded before the first request (config/check/index.ts).
  { folder: '/src/widget/config/check/', name: 'booking-config' },
];

/**
 * Turns the script build's ES chunks into what a plain `<script src>` can run, without any
 * global: `booking.js` becomes one classic script (an arrow function run at once), and each
 * lazily imported chunk (the steps; the bookingtime backend, loaded only when a config chooses it)
 * an ES module whose default export takes the bindings it shares with `booking.js` and returns
 * its own exports.
 *
 *   booking.js (classic)                         booking-steps-<hash>.js, bookingtime-<hash>.js (modules)
 *   (() => { …widget…                            export default (shared) => {
 *     import(new URL(steps, scriptUrl))            const { a: h, b: useState, … } = shared;
 *       .then((m) => m.default({ a: h, … }))       …form, confirmation, zone search…
 *   })();                                          return { BookingForm, … }; }
 *
 * Every chunk gets the same wrapping and every `import()` of it the same loader (its URL beside
 * the script). Rolldown cannot split an IIFE build, so this rewrites its ES output. The shapes it
 * reads (one `import {…} from "./booking.js"` at the top of a chunk, one `export {…}` at the end
 * of each file) are checked; anything else fails the build rather than shipping a broken script.
 */
function classicScriptWithSteps(): Plugin {
  const pairs = (list: string) =>
    list.split(',').map((part) => {
      const [local, exported = local] = part.trim().split(/\s+as\s+/);
      return [local, exported] as const;
    });
  const EXPORT = /export\s*\{([^}]*)\};?\s*$/;
  const MAP_COMMENT = /\n\/\/# sourceMappingURL=\S+\s*$/;
  const STATEMENT = /^\s*(import|export)\b/m;
  /** The chunk's source map, when the build writes one (`npm run size -- --by-source`). */
  const sourceMap = (bundle: OutputBundle, chunk: OutputChunk) => {
    const map = bundle[`${chunk.fileName}.map`];
    return map?.type === 'asset' ? map : undefined;
  };
  /**
   * A second pass with terser over the wrapped file (about 1% smaller than the built-in minifier
   * alone). Skipped when a source map is wanted (`npm run size -- --by-source`), which would need
   * the maps chained.
   */
  async function squeeze(bundle: OutputBundle, chunk: OutputChunk) {
    if (sourceMap(bundle, chunk)) return;
    const main = chunk.fileName === 'booking.js';
    // The internal fields of our own classes (`_deps`, `_version`: src/widget/signals/) get short
    // names in booking.js, which holds all their code; Preact's own (`__c`, `__b`) are left as they
    // are, since its add-ons look them up. A chunk is squeezed on its own, with its own short names,
    // so one that reached into such a field would break: the build refuses it.
    if (!main && /\._[a-z]/.test(chunk.code)) throw new Error(`${chunk.fileName} reads an internal _field of booking.js's code`);
    const out = await minify(chunk.code, {
      ecma: 2020,
      module: !main,
      compress: { passes: 3 },
      mangle: main ? { properties: { regex: /^_[a-z]/ } } : true,
      // A classic script is read in the page's encoding unless its server names one: a host page in
      // windows-1252 would turn "‹" into "â€¹". ASCII only (\u escapes) reads the same in any. (The
      // chunks are modules, always read as UTF-8.)
      format: { ascii_only: main },
    });
    chunk.code = out.code! + '\n';
  }
  /** Puts `before` on a line of its own above the code and `after` below it; the source map follows. */
  function wrap(bundle: OutputBundle, chunk: OutputChunk, before: string, code: string, after: string) {
    const comment = MAP_COMMENT.exec(chunk.code)?.[0] ?? '';
    // The minifier keeps the `/* @__PURE__ */` marks of the ES output; nothing reads them after this.
    // (Replaced by as many spaces, so the source map's columns stay true.)
    const map = sourceMap(bundle, chunk);
    code = code.replace(/\/\*\s*[@#]__PURE__\s*\*\//g, (mark) => (map ? ' '.repeat(mark.length) : ''));
    chunk.code = `${before}\n${code}\n${after}\n${comment.trim()}`;
    if (map) {
      const json = JSON.parse(String(map.source)) as { mappings: string };
      map.source = JSON.stringify({ ...json, mappings: ';' + json.mappings });
    }
  }
  return {
    name: 'booking-widget-classic-script',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const lazy = chunks.filter((c) => !c.isEntry);
      const known = (c: OutputChunk) => LAZY_CHUNKS.some((l) => c.fileName.startsWith(l.name + '-'));
      if (
        !entry ||
        lazy.some((c) => !c.isDynamicEntry || !known(c)) ||
        LAZY_CHUNKS.some((l) => lazy.filter((c) => c.fileName.startsWith(l.name + '-')).length > 1)
      ) {
        throw new Error(
          `booking.js build: expected one entry and lazily loaded chunks of ${LAZY_CHUNKS.map((l) => l.folder).join(', ')} (one each), got ${chunks.map((c) => c.fileName).join(', ')}`,
        );
      }
      let code = entry.code.replace(MAP_COMMENT, '');
      const exported = EXPORT.exec(code);
      const shared = exported ? pairs(exported[1]) : [];
      if (exported) code = code.slice(0, exported.index);
      if (STATEMENT.test(code)) throw new Error('booking.js build: the entry still has an import or export statement');
      for (const chunk of lazy) {
        const source = chunk.code.replace(MAP_COMMENT, '');
        const head = /^import\s*\{([^}]*)\}\s*from\s*(["'`])\.\/booking\.js\2;?/.exec(source);
        const tail = EXPORT.exec(source);
        if (!head || !tail) throw new Error(`booking.js build: ${chunk.fileName} does not have the expected import/export shape`);
        // The import statement's room stays, as spaces: the code keeps its columns for the source map.
        const body = ' '.repeat(sourceMap(bundle, chunk) ? head[0].length : 0) + source.slice(head[0].length, tail.index);
        if (STATEMENT.test(body)) throw new Error(`booking.js build: ${chunk.fileName} has more than one import or export`);
        const take = pairs(head[1])
          .map(([name, local]) => `${name}:${local}`)
          .join(',');
        const give = pairs(tail[1])
          .map(([local, name]) => `${name}:${local}`)
          .join(',');
        wrap(bundle, chunk, `export default(__bwShared)=>{const{${take}}=__bwShared;`, body, `;return{${give}}};`);
        const call = new RegExp('import\\(\\s*(["\'`])\\./' + chunk.fileName.replace(/[.$]/g, '\\$&') + '\\1\\s*\\)', 'g');
        if (!code.match(call)) throw new Error(`booking.js build: no import() of ${chunk.fileName} found in booking.js`);
        code = code.replace(call, `__bwLoad(${JSON.stringify(chunk.fileName)})`);
      }
      const give = shared.map(([local, name]) => `${name}:${local}`).join(',');
      wrap(
        bundle,
        entry,
        // Some browsers remember a failed import() of a URL for good (the HTML spec's module map
        // keeps the failure): each retry of a file asks for a new URL (`-~n` is n + 1, undefined → 1).
        `(()=>{const __bwBase=document.currentScript?.src||location.href,__bwTry={};` +
          `const __bwLoad=(file,n=__bwTry[file]=-~__bwTry[file])=>import(new URL(file,__bwBase).href+(n>1?'?retry='+n:'')).then((m)=>m.default({${give}}));`,
        code,
        '})();',
      );
      for (const chunk of chunks) await squeeze(bundle, chunk);
    },
  };
}

/**
 * Three builds from one config:
 * - default mode: `dist/booking.js`, one IIFE for a `<script>` tag (CSS inlined as a string and
 *   placed inside the shadow root, never injected into the host page; English inside, the other
 *   languages in `dist/locales/*.json`, fetched beside the script when a widget needs one).
 * - `--mode npm`: `dist/npm/index.js`, an ES module for bundlers with preact left as a dependency;
 *   each translation is its own chunk, loaded with `import()`.
 * - `--mode demo`: `dist/demo-spa/spa.js`, a small app that imports the npm entry like a user's
 *   app would (demo/spa.html loads it; e2e books through it).
 */
export default defineConfig(({ mode }) => ({
  // No react → preact/compat aliases: `react.ts` is a real React component that imports the app's React.
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }),
    ...(mode === 'production' ? [localeFiles(), classicScriptWithSteps()] : []),
  ],
  define: {
    ...(mode === 'npm' ? {} : { 'process.env.NODE_ENV': '"production"' }),
    // Where translations come from (src/widget/i18n/createCatalogStore.ts).
    __BW_CATALOGS__: mode === 'production' ? '"url"' : '"import"',
  },
  build:
    mode === 'npm'
      ? {
          outDir: 'dist/npm',
          emptyOutDir: true,
          sourcemap: true,
          // `react.js`: the React component (`embeddable-booking-widget/react`); React stays the app's.
          lib: {
            entry: { index: 'src/widget/index.ts', react: 'src/widget/react.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
          rolldownOptions: {
            external: [/^preact(\/.*)?$/, /^@preact\/signals(\/.*)?$/, /^date-fns(-tz)?(\/.*)?$/, /^react(-dom)?(\/.*)?$/],
            // Lazily loaded parts keep their name (steps, de, …); what they share with index.js is `shared`.
            output: { chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[hash].js') },
          },
        }
      : mode === 'demo'
        ? {
            outDir: 'dist/demo-spa',
            emptyOutDir: true,
            sourcemap: true,
            lib: { entry: 'demo/assets/spa.tsx', formats: ['es'], fileName: () => 'spa.js' },
          }
        : {
            outDir: 'dist',
            // The first of the three builds (package.json `build`): starts from an empty dist/.
            emptyOutDir: true,
            sourcemap: false,
            target: 'es2022',
            lib: {
              entry: 'src/widget/embed.ts',
              formats: ['es'],
              fileName: () => 'booking.js',
            },
            rolldownOptions: {
              preserveEntrySignatures: false,
              output: {
                // Named by the folder they load (LAZY_CHUNKS); the classic-script plugin refuses any other.
                chunkFileNames: (chunk) =>
                  `${LAZY_CHUNKS.find((l) => chunk.facadeModuleId?.includes(l.folder))?.name ?? 'booking-unexpected'}-[hash].js`,
                minify: true,
              },
            },
          },
  test: {
    // Property and year-long sweep tests take a few seconds on a busy two-core machine.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'server', include: ['src/mock-api/**/*.test.ts', 'src/wire/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'widget', include: ['src/widget/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
}));
