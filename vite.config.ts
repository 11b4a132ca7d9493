import { defineConfig, type Plugin } from 'vitest/config';
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
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), ...(mode === 'production' ? [localeFiles()] : [])],
  define: {
    ...(mode === 'npm' ? {} : { 'process.env.NODE_ENV': '"production"' }),
    // Where translations come from (src/widget/i18n/loadCatalog.ts).
    __BW_CATALOGS__: mode === 'production' ? '"url"' : '"import"',
  },
  build:
    mode === 'npm'
      ? {
          outDir: 'dist/npm',
          emptyOutDir: false,
          sourcemap: true,
          lib: { entry: 'src/widget/index.ts', formats: ['es'], fileName: () => 'index.js' },
          rolldownOptions: {
            external: [/^preact(\/.*)?$/, /^@preact\/signals(\/.*)?$/, /^date-fns(-tz)?(\/.*)?$/],
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
            emptyOutDir: false,
            sourcemap: false,
            target: 'es2022',
            lib: {
              entry: 'src/widget/embed.ts',
              formats: ['iife'],
              name: 'TimekitBookingBundle',
              fileName: () => 'booking.js',
            },
          },
  test: {
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
