import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureSite, fixtureSiteEnv, fixtureDistDir } from '../../../scripts/lib/fixture-site';
import { fallbackPath } from '../../../scripts/lib/content-samples';
import { readEnv, checkSiteUrl } from '../../../src/env';
import { locales } from '../../../src/i18n/locales';

const root = resolve(import.meta.dirname, '../../..');

describe('the fixture site for the browser tests', () => {
  it('points every build folder away from the real site’s, through the variables src/env.ts reads', () => {
    const env = readEnv({ CI: 'true', ...fixtureSiteEnv() });
    expect(env).toMatchObject({ contentDir: fixtureSite.contentDir, publicDir: fixtureSite.publicDir, outDir: './dist-fixture', cacheDir: fixtureSite.cacheDir });
    expect(env.outDir).not.toBe(readEnv({}).outDir);
    expect(env.cacheDir).not.toBe(readEnv({}).cacheDir);
    // A test build names the preview address, so CI does not take it for a deployment.
    expect(checkSiteUrl(env)).toBeUndefined();
    expect(fixtureDistDir).toBe(join(root, 'dist-fixture'));
  });

  it('reads content that has a fallback page in every locale but English', () => {
    const content = join(root, fixtureSite.contentDir);
    expect(existsSync(join(content, 'guides/en/fixture-guide.md'))).toBe(true);
    for (const locale of locales.filter((l) => l !== 'en')) expect(fallbackPath(locale, content), locale).toBeDefined();
  });
});
