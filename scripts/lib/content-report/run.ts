import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../../src/i18n/locales';
import { contentDir as buildContentDir, publicDir as buildPublicDir, env } from '../../../src/env';
import { describeUnknownFreshness, freshnessPairsOf, readHistoryState, readTranslationFreshness } from '../../../src/lib/content/freshness';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { readContentTree } from '../../../src/lib/checks/content-tree';
import { findMissingUiKeys } from '../../../src/i18n/ui-keys';
import { buildContentReport, type Issue } from './report';

const marks: Record<Issue['severity'], string> = { error: 'ERROR', warning: 'warn ', scheduled: 'later' };
const formatIssue = (i: Issue) => `  ${marks[i.severity]} ${i.check.padEnd(17)} ${i.file}${i.line ? `:${i.line}` : ''} — ${i.message}`;

/**
 * Everything npm run check:content does but printing and exiting, so tests run exactly what editors
 * run, in process. Options: --json, --content DIR, --public DIR, --ui DIR; the folders default to the
 * build's (ITBRIDGE_CONTENT_DIR, ITBRIDGE_PUBLIC_DIR, or content/ and public/), and today to the
 * build's clock (env.today: ITBRIDGE_NOW, else the date in UTC).
 * @example (await runContentCheck(['--content', 'content'])).status // 0 when nothing would stop the build
 */
export async function runContentCheck(args: readonly string[], { today = env.today }: { today?: string } = {}): Promise<{ status: 0 | 1; output: string }> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const contentDir = option('--content', buildContentDir).replace(/\/$/, '');
  const publicDir = option('--public', buildPublicDir).replace(/\/$/, '');
  const uiDir = option('--ui', 'src/i18n/ui');

  const resources = Object.fromEntries(
    locales.map((l) => [l, existsSync(join(uiDir, `${l}.json`)) ? JSON.parse(readFileSync(join(uiDir, `${l}.json`), 'utf8')) : {}]),
  ) as Record<Locale, Record<string, unknown>>;
  const tree = readContentTree(contentDir, { publicDir, today, siteUrl: env.siteUrlSet ? env.siteUrl : undefined });
  // Scheduled documents too, as the report lists their stale translations.
  const map = buildTranslationMap(tree.entries, { today });
  const report = buildContentReport({
    tree,
    freshness: await readTranslationFreshness(contentDir, freshnessPairsOf([...map.documents, ...map.scheduled])),
    missingUiKeys: findMissingUiKeys(resources),
    today,
  });
  // Without the full git history no translation can be called stale: say so instead of reporting none.
  const freshnessWarning = describeUnknownFreshness(readHistoryState(contentDir), contentDir);
  const sections = [{ name: 'all languages', ...report.shared }, ...report.locales.map((r) => ({ name: r.locale, ...r }))];
  const errors = sections.reduce((n, r) => n + r.errors.length, 0);
  const warnings = sections.reduce((n, r) => n + r.warnings.length, 0);
  const scheduled = sections.reduce((n, r) => n + r.scheduled.length, 0);
  const status = errors > 0 ? 1 : 0;

  if (args.includes('--json')) {
    return { status, output: JSON.stringify({ files: report.fileCount, today, errors, warnings, scheduled, freshnessWarning, shared: report.shared, locales: report.locales }, null, 2) };
  }
  const later = (n: number) => (n ? `, ${n} scheduled` : '');
  const lines = [`Content check: ${report.fileCount} files, ${errors} error(s), ${warnings} warning(s)${later(scheduled)}`];
  if (scheduled) lines.push(`Scheduled files are published by the first build on or after their date (today is ${today}, UTC).`);
  if (freshnessWarning) lines.push('', `warn  freshness unknown — ${freshnessWarning}`);
  for (const s of sections) {
    // The language-neutral section only appears when it has something to say.
    if (s === sections[0] && s.errors.length + s.warnings.length + s.scheduled.length === 0) continue;
    lines.push(
      '',
      `[${s.name}] ${s.errors.length} error(s), ${s.warnings.length} warning(s)${later(s.scheduled.length)}`,
      ...[...s.errors, ...s.warnings, ...s.scheduled].map(formatIssue),
    );
  }
  return { status, output: lines.join('\n') };
}
