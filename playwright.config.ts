import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';
import { env, scaleTimeout } from './src/env';

// 4323 unless ITBRIDGE_E2E_PORT says otherwise, so that two runs on one machine do not collide.
const port = env.e2ePort;

// Every time limit is scaled (ITBRIDGE_TIMEOUT_SCALE, 2 on CI; see src/env.ts): on a busy machine all
// limits stretch together. Long checks are split into one test per page, so no single test needs much.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers for the two cores of the CI machines; the preview server and Chromium share them.
  workers: 2,
  retries: 0,
  timeout: scaleTimeout(30_000),
  expect: { timeout: scaleTimeout(5_000) },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    navigationTimeout: scaleTimeout(15_000),
    actionTimeout: scaleTimeout(10_000),
    launchOptions: { executablePath: chromiumPath, args: [...chromiumFlags] },
  },
  // Serves the already built dist/ (npm test builds first).
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: scaleTimeout(60_000),
  },
});
