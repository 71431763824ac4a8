/**
 * The fixture site (tests/fixtures/content/) built for the browser: the real content has every document
 * translated, so fallback pages, language tags on listings and the status page's "missing" cells are
 * tested on this small site instead (tests/e2e-fixture/, the Playwright project `fixture`). One
 * definition for the build (scripts/build-fixture.ts), its preview server (playwright.config.ts) and
 * the specs that read its pages.
 */
import { resolve } from 'node:path';
import { previewOrigin } from '../../src/env';

const root = resolve(import.meta.dirname, '../..');

/** Where the fixture site is read from and built to, relative to the project root. */
export const fixtureSite = {
  contentDir: 'tests/fixtures/content',
  publicDir: 'tests/fixtures/public',
  outDir: './dist-fixture',
  cacheDir: './node_modules/.astro-fixture',
} as const;

/** The built fixture site, as an absolute path. */
export const fixtureDistDir = resolve(root, fixtureSite.outDir);

/**
 * The variables (see src/env.ts) that point `astro build` and `astro preview` at the fixture site. The
 * build names the preview address, as every test build does, so that on CI it is not taken for a deployment.
 * @example fixtureSiteEnv().ITBRIDGE_OUT_DIR // './dist-fixture'
 */
export function fixtureSiteEnv(): Record<string, string> {
  return {
    ITBRIDGE_CONTENT_DIR: fixtureSite.contentDir,
    ITBRIDGE_PUBLIC_DIR: fixtureSite.publicDir,
    ITBRIDGE_OUT_DIR: fixtureSite.outDir,
    ITBRIDGE_CACHE_DIR: fixtureSite.cacheDir,
    SITE_URL: previewOrigin,
  };
}
