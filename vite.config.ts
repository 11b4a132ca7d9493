import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Three builds from one config:
 * - default mode: `dist/booking.js`, one self-contained IIFE for a `<script>` tag (CSS inlined as a
 *   string and placed inside the shadow root, never injected into the host page).
 * - `--mode npm`: `dist/npm/index.js`, an ES module for bundlers with preact left as a dependency.
 * - `--mode demo`: `dist/demo-spa/spa.js`, a small app that imports the npm entry like a user's
 *   app would (demo/spa.html loads it; e2e books through it).
 */
export default defineConfig(({ mode }) => ({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  define: mode === 'npm' ? {} : { 'process.env.NODE_ENV': '"production"' },
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
            target: 'es2020',
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
