/**
 * Builds the framework examples (examples/<name>/) into dist/examples/<name>/, each importing the
 * npm build (dist/npm/) under the package's own name, as an app that installed it would.
 * Run after `vite build --mode npm` (package.json `build` does); the e2e suite books through each.
 */
import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One line per example: its folder and the Vite plugins its framework needs. */
const EXAMPLES: Record<string, () => PluginOption[]> = {
  react: () => [],
  vue: () => [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'booking-widget' } } })],
  svelte: () => [svelte()],
};

for (const [name, plugins] of Object.entries(EXAMPLES)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: `${root}examples/${name}`,
    base: `/dist/examples/${name}/`,
    plugins: plugins(),
    resolve: {
      alias: [
        { find: /^embeddable-booking-widget\/react$/, replacement: `${root}dist/npm/react.js` },
        { find: /^embeddable-booking-widget$/, replacement: `${root}dist/npm/index.js` },
      ],
    },
    build: { outDir: `${root}dist/examples/${name}`, emptyOutDir: true, sourcemap: false, minify: false },
  });
}
