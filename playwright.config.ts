import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { BROWSER_ZONE, suiteInstant } from './e2e/clock';

/**
 * E2E runs against the project's own demo server (demo pages + built widget) and mock API.
 * The browser is the system Chromium unless PLAYWRIGHT_CHROMIUM_PATH names another; set it to an
 * empty string to use Playwright's own downloaded browser.
 */
const envPath = process.env.PLAYWRIGHT_CHROMIUM_PATH;
const systemChromium = '/usr/bin/chromium';
const executablePath = envPath !== undefined ? envPath || undefined : existsSync(systemChromium) ? systemChromium : undefined;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const API_PORT = Number(process.env.E2E_API_PORT ?? 18787);
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 15173);
/** The API's start instant (e2e/clock.ts): `E2E_NOW=weekday|today|dst|<ISO instant>`. */
const NOW = suiteInstant();

export default defineConfig({
  testDir: 'e2e',
  // Screenshot baselines (e2e/screens.spec.ts) are named by step and device only: the spec sets both widths itself.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}-{platform}{ext}',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    // Never the machine's zone (tests read "today" and day names in it).
    timezoneId: BROWSER_ZONE,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: asRoot
        ? [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ]
        : ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 375, height: 740 }, isMobile: false, hasTouch: true },
      grep: /@phone/,
    },
  ],
  webServer: {
    command: `node --import tsx demo/serve.ts --port ${API_PORT} --demo-port ${DEMO_PORT} --now ${NOW} --quiet`,
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    // A reused server keeps the instant it was started at (pages follow its clock either way).
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { E2E_API_PORT: String(API_PORT) },
  },
});
