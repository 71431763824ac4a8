/**
 * npm run check:content [-- --json] [--content DIR] [--ui DIR]
 * The editors' report, one section per locale: missing and stale translations (warnings), and errors:
 * translations without an original, UI strings missing from a locale, Romanian cedillas, mixed
 * Ukrainian apostrophes, Russian-derived place names, images without alt text, links into another
 * language, headings that skip a level. Exits 1 when there is an error, 0 with warnings only.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales, isLocale, type Locale } from '../src/i18n/locales';
import { collectionNames } from '../src/lib/content/collections';
import { describeUnknownFreshness, readCommitTimes, readHistoryState } from '../src/lib/content/freshness';
import { buildContentReport, type ContentFile } from './lib/content-report/report';
import { findMissingUiKeys } from '../src/i18n/ui-keys';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const contentDir = option('--content', 'content');
const uiDir = option('--ui', 'src/i18n/ui');
const asJson = args.includes('--json');

const times = readCommitTimes(contentDir);
// Without the full git history no translation can be called stale: say so instead of reporting none.
const freshnessWarning = describeUnknownFreshness(readHistoryState(contentDir), contentDir);
const files: ContentFile[] = [];
for (const collection of collectionNames) {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) continue;
  for (const folder of readdirSync(dir)) {
    if (!isLocale(folder) || !statSync(join(dir, folder)).isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder)).filter((n) => /\.mdx?$/.test(n))) {
      const path = join(dir, folder, name);
      files.push({
        path: relative(process.cwd(), path),
        collection,
        locale: folder,
        slug: name.replace(/\.mdx?$/, ''),
        text: readFileSync(path, 'utf8'),
        time: times.get(join(process.cwd(), path)) ?? times.get(path),
      });
    }
  }
}
const resources = Object.fromEntries(
  locales.map((l) => [l, existsSync(join(uiDir, `${l}.json`)) ? JSON.parse(readFileSync(join(uiDir, `${l}.json`), 'utf8')) : {}]),
) as Record<Locale, Record<string, unknown>>;
const report = buildContentReport(files, findMissingUiKeys(resources));
const errors = report.reduce((n, r) => n + r.errors.length, 0);
const warnings = report.reduce((n, r) => n + r.warnings.length, 0);

if (asJson) {
  console.log(JSON.stringify({ files: files.length, errors, warnings, freshnessWarning, locales: report }, null, 2));
} else {
  console.log(`Content check: ${files.length} files, ${errors} error(s), ${warnings} warning(s)`);
  if (freshnessWarning) console.log(`\nwarn  freshness unknown — ${freshnessWarning}`);
  for (const r of report) {
    console.log(`\n[${r.locale}] ${r.errors.length} error(s), ${r.warnings.length} warning(s)`);
    for (const i of [...r.errors, ...r.warnings]) {
      console.log(`  ${i.severity === 'error' ? 'ERROR' : 'warn '} ${i.check.padEnd(17)} ${i.file}${i.line ? `:${i.line}` : ''} — ${i.message}`);
    }
  }
}
process.exit(errors > 0 ? 1 : 0);
