import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';
import { fixtureSite, fixtureSiteEnv } from './scripts/lib/fixture-site';
import { env, scaleTimeout } from './src/env';

// 4323 unless ITBRIDGE_E2E_PORT says otherwise, so that two runs on one machine do not collide; the
// fixture site's server listens 100 above it (4423).
const port = env.e2ePort;
const fixturePort = env.fixturePort;

// Every time limit is scaled (ITBRIDGE_TIMEOUT_SCALE, 2 on CI; see src/env.ts): on a busy machine all
// limits stretch together. Long checks are split into one test per page, so no single test needs much.
export default defineConfig({
  fullyParallel: true,
  // Two workers for the two cores of the CI machines; the preview servers and Chromium share them.
  workers: 2,
  retries: 0,
  timeout: scaleTimeout(30_000),
  expect: { timeout: scaleTimeout(5_000) },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    navigationTimeout: scaleTimeout(15_000),
    actionTimeout: scaleTimeout(10_000),
    launchOptions: { executablePath: chromiumPath, args: [...chromiumFlags] },
  },
  projects: [
    // The real site, content/ built into dist/.
    { name: 'site', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${port}` } },
    // The fixture site (tests/fixtures/content/, built into dist-fixture/ by npm run build:fixture): its
    // English-only guide is where fallback pages are tested, since every real document is translated.
    { name: 'fixture', testDir: 'tests/e2e-fixture', use: { baseURL: `http://127.0.0.1:${fixturePort}` } },
  ],
  webServer: [
    // Serves the already built dist/ (npm test builds first).
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: scaleTimeout(60_000),
    },
    // Serves dist-fixture/: the same config reads its folders from the fixture variables. --ignore-lock lets
    // this second preview server of the project run beside the first (Astro refuses a second one otherwise).
    {
      command: `test -f ${fixtureSite.outDir}/index.html || { echo "${fixtureSite.outDir} has no built site: run npm run build:fixture first." >&2; exit 1; }; npx astro preview --ignore-lock --host 127.0.0.1 --port ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/`,
      env: fixtureSiteEnv(),
      reuseExistingServer: false,
      timeout: scaleTimeout(60_000),
    },
  ],
});
