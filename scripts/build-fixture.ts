/**
 * npm run build:fixture: builds the fixture site (tests/fixtures/content/) into dist-fixture/, for the
 * browser tests of fallback pages (tests/e2e-fixture/). npm test runs it before Playwright.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fixtureSiteEnv } from './lib/fixture-site';

const root = resolve(import.meta.dirname, '..');
const result = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...fixtureSiteEnv() },
});
process.exit(result.status ?? 1);
