import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/chromium';
import { TEST_COORDINATOR_CODE, TEST_JOIN_CODE } from './tests/e2e/support/groupCodes';
import { SHARED_SERVER_PORT } from './tests/e2e/support/ports';

// Each run starts the server on an empty data folder. Workers load this file again while the
// server is running; the variable they inherit from the runner stops them from emptying it.
if (!process.env.CARTA_E2E_DATA_DIR) {
  process.env.CARTA_E2E_DATA_DIR = join(tmpdir(), `carta-e2e-data-${SHARED_SERVER_PORT}`);
  rmSync(process.env.CARTA_E2E_DATA_DIR, { recursive: true, force: true });
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${SHARED_SERVER_PORT}`,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [{ name: 'mobile-chromium' }],
  webServer: {
    // What `npm start` runs: the compiled server (built here when src/server changed), on the build
    // that `npm run test:browser` has just made.
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${SHARED_SERVER_PORT}/api/health`,
    env: {
      PORT: String(SHARED_SERVER_PORT),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.CARTA_E2E_DATA_DIR,
      DIST_DIR: 'dist',
      JOIN_CODE: TEST_JOIN_CODE,
      COORDINATOR_CODE: TEST_COORDINATOR_CODE,
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
