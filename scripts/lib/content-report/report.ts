import { locales, isLocale, type Locale } from '../../../src/i18n/locales';
import { classifyTranslation } from '../../../src/lib/content/freshness';
import { findOrthographyProblems } from '../../../src/lib/checks/orthography';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';

export interface ContentFile {
  /** Path as shown to editors, e.g. content/news/uk/kickoff.md */
  path: string;
  collection: string;
  locale: Locale;
  slug: string;
  text: string;
  /** Last commit time (Unix seconds), when known. */
  time?: number | undefined;
}

export interface Issue {
  severity: 'error' | 'warning';
  check: string;
  file: string;
  line?: number;
  message: string;
}

/** Reads `sourceLocale` and `draft` from frontmatter without a YAML parser: both are simple scalars. */
function frontmatterValue(text: string, key: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return new RegExp(`^${key}:\\s*['"]?([^'"#\\s]+)`, 'm').exec(block)?.[1];
}

/** The body lines after the frontmatter, with their 1-based line numbers in the file, fenced code skipped. */
function bodyLines(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') start = lines.indexOf('---', 1) + 1;
  const out: { line: number; text: string }[] = [];
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i]!)) fenced = !fenced;
    else if (!fenced) out.push({ line: i + 1, text: lines[i]! });
  }
  return out;
}

/**
 * Checks one file's text: orthography, images without alt text, links into another language, and
 * headings that skip a level (the page title is the h1, so the text starts at ##).
 */
export function checkFileText(file: ContentFile): Issue[] {
  const issues: Issue[] = [];
  const add = (check: string, line: number, message: string) => issues.push({ severity: 'error', check, file: file.path, line, message });
  for (const p of findOrthographyProblems(parseMarkdownSource(file.text), file.locale)) add('orthography', p.line, p.message);
  let previousDepth = 1;
  for (const { line, text } of bodyLines(file.text)) {
    for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)) {
      if (!m[1]!.trim()) add('image-alt', line, `image ${m[2]} has no alt text: write what it shows between the brackets, ![…](${m[2]}).`);
    }
    for (const m of text.matchAll(/<(img|Figure)\b[^>]*>/g)) {
      if (!/\balt=/.test(m[0])) add('image-alt', line, `<${m[1]}> has no alt attribute: add alt="what the image shows".`);
    }
    for (const m of text.matchAll(/\]\((\/([a-z]{2})\/[^)\s]*)\)|href="(\/([a-z]{2})\/[^"]*)"/g)) {
      const href = m[1] ?? m[3]!;
      const target = m[2] ?? m[4]!;
      if (isLocale(target) && target !== file.locale) {
        add('cross-locale-link', line, `links to ${href}, a page in another language: link to /${file.locale}/… instead.`);
      }
    }
    const heading = /^(#{1,6})\s/.exec(text);
    if (heading) {
      const depth = heading[1]!.length;
      if (depth === 1) add('headings', line, 'a level-1 heading (#): the title is the page’s only h1; start sections at ##.');
      else if (depth > previousDepth + 1) add('headings', line, `heading level ${depth} follows level ${previousDepth}: do not skip a level.`);
      previousDepth = depth;
    }
  }
  return issues;
}

export interface LocaleReport {
  locale: Locale;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * The editors' report, one section per locale: missing and stale translations (warnings), translations
 * without an original and problems in the text (errors), and UI strings missing from the locale's file.
 */
export function buildContentReport(files: readonly ContentFile[], missingUiKeys: Record<Locale, string[]>): LocaleReport[] {
  const reports = new Map(locales.map((l) => [l, { locale: l, errors: [] as Issue[], warnings: [] as Issue[] }]));
  const push = (locale: Locale, issue: Issue) => reports.get(locale)![issue.severity === 'error' ? 'errors' : 'warnings'].push(issue);

  const groups = new Map<string, ContentFile[]>();
  for (const f of files) groups.set(`${f.collection}/${f.slug}`, [...(groups.get(`${f.collection}/${f.slug}`) ?? []), f]);
  for (const [key, group] of groups) {
    const declared = group.map((f) => frontmatterValue(f.text, 'sourceLocale')).find(Boolean);
    const sourceLocale: Locale = isLocale(declared) ? declared : 'en';
    const original = group.find((f) => f.locale === sourceLocale);
    for (const f of group) {
      if (f === original) continue;
      if (!original) {
        push(f.locale, { severity: 'error', check: 'orphan', file: f.path, message: `no original: ${key} has no ${sourceLocale} file, so this translation is not published. Add the original or set sourceLocale.` });
      } else if (classifyTranslation(original.time, f.time) === 'stale') {
        push(f.locale, { severity: 'warning', check: 'stale', file: f.path, message: `${original.path} changed after this translation: update it.` });
      }
    }
    if (original && frontmatterValue(original.text, 'draft') !== 'true') {
      for (const locale of locales) {
        if (!group.some((f) => f.locale === locale)) {
          push(locale, { severity: 'warning', check: 'missing', file: original.path.replace(`/${sourceLocale}/`, `/${locale}/`), message: `not translated yet (readers see the ${sourceLocale} original).` });
        }
      }
    }
  }
  for (const f of files) for (const issue of checkFileText(f)) push(f.locale, issue);
  for (const locale of locales) {
    for (const key of missingUiKeys[locale] ?? []) {
      push(locale, { severity: 'error', check: 'ui-strings', file: `src/i18n/ui/${locale}.json`, message: `missing UI string "${key}".` });
    }
  }
  return [...reports.values()];
}
