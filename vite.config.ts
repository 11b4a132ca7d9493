import { defineConfig, type Plugin } from 'vitest/config';
import preact from '@preact/preset-vite';
import { CATALOGS } from './src/widget/i18n/catalogs';
import { LAZY_CHUNKS, classicScriptWithSteps } from './build/classicScript';

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
