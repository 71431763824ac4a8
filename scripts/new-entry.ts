/**
 * npm run new -- <type> <slug> [--locale xx]
 *   type: news | guide | study | partner | page, or the folder's name (guides, studies, partners, pages)
 * Also `npm run new <type> <slug> --locale xx` without `--` (npm then hands the language over as
 * npm_config_locale) and `npm run new -- <type> <slug> xx`.
 * Without --locale (or with the original's locale) creates the original in English; with --locale xx
 * creates the translation of an existing entry into xx.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, defaultLocale } from '../src/i18n/locales';
import { parseNewEntryArgs, originalTemplate, translationTemplate, NewEntryError } from './lib/new-entry/new-entry';
import { env } from '../src/env';

try {
  const { type, collection, slug, locale, contentDir } = parseNewEntryArgs(process.argv.slice(2), { npmLocale: env.npmLocale });
  const existing = locales.flatMap((l) => ['md', 'mdx'].map((ext) => join(contentDir, collection, l, `${slug}.${ext}`))).filter((p) => existsSync(p));
  const target = join(contentDir, collection, locale, `${slug}.md`);
  if (existing.some((p) => p.startsWith(join(contentDir, collection, locale) + '/'))) {
    throw new NewEntryError(`${existing.find((p) => p.includes(`/${locale}/`))} already exists: open it instead, or choose another slug.`);
  }
  if (type === 'partner' && !readFileSync(join(contentDir, 'partners/organisations.yaml'), 'utf8').match(new RegExp(`^${slug}:`, 'm'))) {
    throw new NewEntryError(`Add the partner "${slug}" to ${contentDir}/partners/organisations.yaml first (name, role, country, city).`);
  }
  let text: string;
  if (existing.length === 0) {
    if (locale !== defaultLocale) {
      throw new NewEntryError(`There is no ${collection}/*/${slug} yet. Create the original first (npm run new -- ${type} ${slug}), or, for a text first written in ${locale}, create it and add "sourceLocale: ${locale}".`);
    }
    text = originalTemplate(collection);
  } else {
    const original = existing.find((p) => p.includes(`/${defaultLocale}/`)) ?? existing[0]!;
    const originalLocale = locales.find((l) => original.includes(`/${l}/`)) ?? defaultLocale;
    text = translationTemplate(readFileSync(original, 'utf8'), original, originalLocale);
  }
  mkdirSync(join(contentDir, collection, locale), { recursive: true });
  writeFileSync(target, text);
  console.log(`Created ${target} (${locale}). Write the title and description, then set draft: false. Preview with npm run dev.`);
} catch (error) {
  // One line, never a stack trace: a bad argument says how to fix it; a file system refusal says what it was.
  console.error(error instanceof NewEntryError ? error.message : `Could not create the entry: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
