import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '../../../src/i18n/locales';
import { contentDir as buildContentDir, publicDir as buildPublicDir } from '../../../src/env';
import { describeUnknownFreshness, readCommitTimes, readHistoryState } from '../../../src/lib/content/freshness';
import { readContentTree } from '../../../src/lib/checks/content-tree';
import { findMissingUiKeys } from '../../../src/i18n/ui-keys';
import { buildContentReport, type Issue } from './report';

const formatIssue = (i: Issue) =>
  `  ${i.severity === 'error' ? 'ERROR' : 'warn '} ${i.check.padEnd(17)} ${i.file}${i.line ? `:${i.line}` : ''} — ${i.message}`;

/**
 * Everything npm run check:content does but printing and exiting, so tests run exactly what editors
 * run, in process. Options: --json, --content DIR, --public DIR, --ui DIR; the folders default to the
 * build's (ITBRIDGE_CONTENT_DIR, ITBRIDGE_PUBLIC_DIR, or content/ and public/).
 * @example runContentCheck(['--content', 'content']).status // 0 when nothing would stop the build
 */
export function runContentCheck(args: readonly string[]): { status: 0 | 1; output: string } {
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
  const report = buildContentReport({
    tree: readContentTree(contentDir, { publicDir }),
    times: readCommitTimes(contentDir),
    missingUiKeys: findMissingUiKeys(resources),
  });
  // Without the full git history no translation can be called stale: say so instead of reporting none.
  const freshnessWarning = describeUnknownFreshness(readHistoryState(contentDir), contentDir);
  const sections = [{ name: 'all languages', ...report.shared }, ...report.locales.map((r) => ({ name: r.locale, ...r }))];
  const errors = sections.reduce((n, r) => n + r.errors.length, 0);
  const warnings = sections.reduce((n, r) => n + r.warnings.length, 0);
  const status = errors > 0 ? 1 : 0;

  if (args.includes('--json')) {
    return { status, output: JSON.stringify({ files: report.fileCount, errors, warnings, freshnessWarning, shared: report.shared, locales: report.locales }, null, 2) };
  }
  const lines = [`Content check: ${report.fileCount} files, ${errors} error(s), ${warnings} warning(s)`];
  if (freshnessWarning) lines.push('', `warn  freshness unknown — ${freshnessWarning}`);
  for (const s of sections) {
    // The language-neutral section only appears when it has something to say.
    if (s === sections[0] && s.errors.length + s.warnings.length === 0) continue;
    lines.push('', `[${s.name}] ${s.errors.length} error(s), ${s.warnings.length} warning(s)`, ...[...s.errors, ...s.warnings].map(formatIssue));
  }
  return { status, output: lines.join('\n') };
}
