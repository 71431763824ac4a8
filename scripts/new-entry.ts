/**
 * npm run new -- <type> <slug> [--locale xx]
 *   type: news | guide | study | partner | page
 * Without --locale (or with the original's locale) creates the original in English; with --locale xx
 * creates the translation of an existing entry into xx.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, defaultLocale } from '../src/i18n/locales';
import { validateRequest, originalTemplate, translationTemplate, NewEntryError } from './lib/new-entry/new-entry';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const contentDir = option('--content') ?? 'content';

try {
  const [type, slug] = positional;
  if (!type || !slug) throw new NewEntryError('Usage: npm run new -- <news|guide|study|partner|page> <slug> [--locale uk]');
  const { collection, locale } = validateRequest(type, slug, option('--locale') ?? defaultLocale);
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
    text = translationTemplate(readFileSync(original, 'utf8'), original);
  }
  mkdirSync(join(contentDir, collection, locale), { recursive: true });
  writeFileSync(target, text);
  console.log(`Created ${target}. Write the title and description, then set draft: false. Preview with npm run dev.`);
} catch (error) {
  if (error instanceof NewEntryError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
