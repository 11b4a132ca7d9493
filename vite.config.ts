import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Two builds from one config:
 * - default mode: `dist/booking.js`, one self-contained IIFE for a `<script>` tag (CSS inlined as a
 *   string and adopted inside the shadow root, never injected into the host page).
 * - `--mode npm`: `dist/npm/index.js`, an ES module for bundlers with preact left as a dependency.
 */
export default defineConfig(({ mode }) => ({
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
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
      : {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: false,
          target: 'es2019',
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
