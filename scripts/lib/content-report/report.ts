/**
 * The editors' report (npm run check:content), assembled from the same steps as the build: the
 * content tree checks the build runs first, then the translation map and the site rules the build
 * runs after loading. Whatever stops the build is an error here, with the same message; what the
 * build only logs (drafts, translations without an original) is a warning here too, and what it holds
 * back until its date is listed as scheduled, with the date. On top come the editorial checks the
 * build does not make: missing and stale translations, UI strings, alt text, links into another
 * language and heading levels.
 */
import { basename, dirname, join } from 'node:path';
import { locales, type Locale } from '../../../src/i18n/locales';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { findContentProblems, findContentWarnings } from '../../../src/lib/content/validate';
import { buildStatusMatrix, type TranslationFreshness } from '../../../src/lib/content/freshness';
import type { ContentProblem } from '../../../src/lib/content/problems';
import type { ContentTree } from '../../../src/lib/checks/content-tree';
import { stripFrontmatter } from '../../../src/lib/checks/markdown-source';
import { describeStaleTranslation } from '../../../src/lib/content/stale-changes';

export interface Issue {
  /** 'scheduled' is neither: the file is fine and waits for its date (`publishOn`). */
  severity: 'error' | 'warning' | 'scheduled';
  check: string;
  file: string;
  line?: number;
  message: string;
  /** For a scheduled file: the day from which a build publishes it, YYYY-MM-DD. */
  publishOn?: string;
}

export interface IssueList {
  errors: Issue[];
  warnings: Issue[];
  /** Files held back until their date (the original's pubDate), with that date; not problems. */
  scheduled: Issue[];
}

export interface LocaleReport extends IssueList {
  locale: Locale;
}

export interface ContentReport {
  /** How many Markdown files were read. */
  fileCount: number;
  /** Issues of files that belong to no language: organisations.yaml, a file outside a locale folder. */
  shared: IssueList;
  /** One section per locale, in registry order. */
  locales: LocaleReport[];
}

export interface ReportInput {
  tree: ContentTree;
  /** Whether each translation is stale, by its absolute path (readTranslationFreshness); a file not in it is unknown. */
  freshness: ReadonlyMap<string, TranslationFreshness>;
  missingUiKeys: Record<Locale, string[]>;
  /** Today, YYYY-MM-DD in UTC, as the build takes it (env.today): later pubDates are scheduled. */
  today: string;
}

const issueOf = (severity: Issue['severity'], p: ContentProblem & { publishOn?: string | undefined }): Issue => ({
  severity,
  check: p.check,
  file: p.file,
  ...(p.line ? { line: p.line } : {}),
  message: p.message,
  ...(p.publishOn ? { publishOn: p.publishOn } : {}),
});

const listOf = { error: 'errors', warning: 'warnings', scheduled: 'scheduled' } as const satisfies Record<Issue['severity'], keyof IssueList>;

/**
 * The editors' report, one section per locale (plus one for language-neutral files).
 * @example buildContentReport({ tree: readContentTree('content', { publicDir: 'public' }), freshness, missingUiKeys, today: env.today }).locales[1]?.warnings
 */
export function buildContentReport({ tree, freshness, missingUiKeys, today }: ReportInput): ContentReport {
  const shared: IssueList = { errors: [], warnings: [], scheduled: [] };
  const sections = new Map(locales.map((l): [Locale, LocaleReport] => [l, { locale: l, errors: [], warnings: [], scheduled: [] }]));
  const push = (issue: Issue, locale: Locale | undefined) => {
    const list = (locale && sections.get(locale)) || shared;
    list[listOf[issue.severity]].push(issue);
  };
  const error = (p: ContentProblem) => push(issueOf('error', p), p.locale);
  const warning = (p: ContentProblem) => push(issueOf('warning', p), p.locale);

  tree.problems.forEach(error);
  const map = buildTranslationMap(tree.entries, { today });
  findContentProblems(map, tree.organisations.map((o) => o.id)).forEach(error);
  for (const skipped of map.skipped) push(issueOf(skipped.check === 'scheduled' ? 'scheduled' : 'warning', skipped), skipped.locale);
  findContentWarnings(map, (entry) => stripFrontmatter(entry.source.text)).forEach(warning);

  // A draft, orphan or scheduled translation is already reported as not published; "missing" would say it twice.
  const skippedFiles = new Set(map.skipped.map((s) => s.file));
  const unpublished = new Set(tree.entries.filter((e) => skippedFiles.has(e.filePath)).map((e) => `${e.collection}/${e.id}`));
  // Scheduled documents too: their translations can be made before the day.
  for (const { doc, states, syncedAt, changed } of buildStatusMatrix([...map.documents, ...map.scheduled], freshness)) {
    const original = doc.source.filePath ?? `${doc.collection}/${doc.source.id}`;
    for (const locale of locales) {
      const version = doc.versions.get(locale);
      if (states[locale] === 'stale' && version?.filePath) {
        warning({ file: version.filePath, locale, check: 'stale', message: describeStaleTranslation(original, syncedAt[locale], changed[locale]) });
      }
      if (states[locale] === 'missing' && !unpublished.has(`${doc.collection}/${locale}/${doc.slug}`)) {
        const file = join(dirname(dirname(original)), locale, basename(original));
        warning({ file, locale, check: 'missing', message: `not translated yet (readers see the ${doc.sourceLocale} original).` });
      }
    }
  }

  for (const locale of locales) {
    for (const key of missingUiKeys[locale] ?? []) {
      error({ file: `src/i18n/ui/${locale}.json`, locale, check: 'ui-strings', message: `missing UI string "${key}".` });
    }
  }
  return { fileCount: tree.fileCount, shared, locales: [...sections.values()] };
}
