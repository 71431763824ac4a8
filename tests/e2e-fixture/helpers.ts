import { join, resolve } from 'node:path';
import { fixtureDistDir, fixtureSite } from '../../scripts/lib/fixture-site';
import { fallbackPath } from '../../scripts/lib/content-samples';
import { locales, defaultLocale, type Locale } from '../../src/i18n/locales';

export { fixtureDistDir };

/** The fixture content the fixture site is built from (tests/fixtures/content/). */
export const fixtureContentDir = resolve(import.meta.dirname, '../..', fixtureSite.contentDir);

/** The fixture's English-only guide: every other locale shows it as a fallback page. */
export const onlyEnglishGuide = 'fixture-guide';
export const guidePath = (locale: Locale) => `/${locale}/guides/${onlyEnglishGuide}/`;

/**
 * The fallback pages to sweep, per locale other than English: the English-only guide's, and the one the
 * real-site sweeps would pick (scripts/lib/content-samples.ts; the fixture news item, untranslated into
 * ro, es and bg) when it is another template. Throws rather than skip, since these specs exist to test fallbacks.
 */
export function fixtureFallbackPaths(): [Locale, string][] {
  return locales
    .filter((l) => l !== defaultLocale)
    .flatMap((locale): [Locale, string][] => {
      const path = fallbackPath(locale, fixtureContentDir);
      if (!path) throw new Error(`${fixtureContentDir} has no document untranslated into ${locale}: the fallback tests need one.`);
      return [...new Set([guidePath(locale), path])].map((p): [Locale, string] => [locale, p]);
    });
}

export const fixtureFile = (path: string) => join(fixtureDistDir, path, 'index.html');
