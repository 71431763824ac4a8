/**
 * The file-level content checks, run by the build (before Astro loads anything) and by npm run
 * check:content alike: every Markdown file is found by one walker, read by one reader, validated by
 * the collection schemas the build uses, and checked for what the schemas cannot see (dates as
 * written, two files for one page, reserved page names, orthography, what the body may contain:
 * content-policy.ts, the text rules: text-rules.ts, and the MDX components' props: mdx-components.ts).
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Locale } from '../../i18n/locales';
import { parseEntryPath, ContentPathError, type EntryPath } from '../content/entry-path';
import { collectionNames, reservedPageSlugs, type CollectionName } from '../content/collections';
import { findCoordinatorProblems } from '../content/partners';
import { createContentSchemas, partnerIdSchema, type LocalizedData, type OrganisationData } from '../content/schemas';
import type { ContentProblem } from '../content/problems';
import { describeParseError, findYamlKeys, readMarkdownSource, MarkdownSourceError, type FrontmatterKey, type MarkdownSource } from './markdown-source';
import { findInvalidDates } from './dates';
import { findPolicyProblems } from './content-policy';
import { syntaxKindOf } from './syntax-tree';
import { findOrthographyProblems } from './orthography';
import { findTermProblems } from './termbase';
import { findSymbolicLinks, walkDirectory } from './walk';
import { findTextProblems } from './text-rules';
import { findComponentProblems } from './mdx-components';
import { findLinkProblems, listSitePages } from './site-links';
import { buildTranslationMap } from '../content/translation-map';
import { env } from '../../env';
import { describeSchemaIssue } from './schema-messages';

/** One content file that the build can load: what the content layer would hand over, plus its source. */
export interface SourceEntry {
  /** `<locale>/<slug>`, as the content layer makes it. */
  id: string;
  collection: CollectionName;
  /** Relative to the project root, as the content layer's `filePath`. */
  filePath: string;
  locale: Locale;
  slug: string;
  source: MarkdownSource;
  /** The frontmatter after schema validation (defaults applied, dates parsed). */
  data: LocalizedData;
}

/** A file that could be read, valid or not: what the text rules of npm run check:content read. */
export interface ReadableSource {
  filePath: string;
  locale: Locale;
  source: MarkdownSource;
}

export interface OrganisationEntry {
  id: string;
  filePath: string;
  data: OrganisationData;
}

export interface ContentTree {
  /** How many Markdown files were found, readable or not. */
  fileCount: number;
  /** The files that passed the checks that would stop the content layer (unreadable, invalid, clashing ones are left out). */
  entries: SourceEntry[];
  /** Every file that could be read, including those whose frontmatter the schema refuses. */
  sources: ReadableSource[];
  organisations: OrganisationEntry[];
  /** Documents (`<collection>/<slug>`) with a file left out of `entries`; their other files are left out too. */
  rejected: ReadonlySet<string>;
  problems: ContentProblem[];
}

export interface ContentTreeOptions {
  /** Where downloads and logos named in frontmatter must exist. */
  publicDir: string;
  /** File names in messages are relative to this folder, as the content layer's are. Default: the working directory. */
  root?: string;
  /** Today, YYYY-MM-DD (env.today): which documents are published or scheduled, so which pages a link may lead to. */
  today?: string;
  /** The site's public address when SITE_URL is set (env): a link written with it is reported. */
  siteUrl?: string | undefined;
}

const markdownName = /\.mdx?$/;

/** Files a content folder may hold besides Markdown: the partner facts, and what editors' tools leave behind. */
function isExpectedOtherFile(collection: CollectionName, relativePath: string): boolean {
  const name = relativePath.split('/').pop() ?? '';
  return (collection === 'partners' && relativePath === 'organisations.yaml') || name === '.DS_Store' || name === '.gitkeep';
}

/**
 * Why a file in a collection folder is not published: the build reads only `<slug>.md` and `<slug>.mdx`,
 * so `x.MD`, `x.markdown` or `x.txt` would be left out without a word.
 * @example describeUnreadFile('en/kickoff.MD') // 'is not read by the build: … Rename it to kickoff.md, …'
 */
export function describeUnreadFile(relativePath: string): string {
  const stem = (relativePath.split('/').pop() ?? '').replace(/\.[^.]*$/, '').toLowerCase();
  return (
    'is not read by the build: only files named <slug>.md or <slug>.mdx (lowercase extension) are published. ' +
    `Rename it to ${stem || 'name'}.md, or move it out of content/ if it is not a page.`
  );
}
type Schemas = ReturnType<typeof createContentSchemas<typeof partnerIdSchema>>['collections'];
type LocalizedSchema = Schemas[CollectionName];
const toPosix = (path: string) => path.split(sep).join('/');

/**
 * One problem per schema issue, in the form both the build and the editors' report print:
 * `field "<name>": <the value given, what is allowed, the fix>` (schema-messages.ts), at the line of
 * the top-level key when it is known, else at `fallbackLine` (the frontmatter's first line, where a
 * missing field goes).
 * @example formatSchemaIssues(error, keys, { data }) // [{ line: 2, field: 'title', message: 'field "title": Required: add a title line, …' }]
 */
export function formatSchemaIssues(
  error: z.ZodError,
  keys: readonly FrontmatterKey[],
  { data, pathPrefix = [], fallbackLine }: { data?: unknown; pathPrefix?: readonly string[]; fallbackLine?: number } = {},
): { line?: number; field: string; message: string }[] {
  const lineOf = (key: string | undefined) => keys.find((k) => k.key === key)?.line ?? fallbackLine;
  return error.issues.flatMap((issue) => {
    const path = [...pathPrefix, ...issue.path.map(String)];
    const top = path[0];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = [...path, key].join('.');
        return { line: lineOf(top ?? key), field, message: `field "${field}": is not a field of this file. Check the spelling, or delete the line.` };
      });
    }
    return [{ line: lineOf(top), field: path.join('.'), message: describeSchemaIssue(issue, data, pathPrefix) }];
  });
}

/** Locale and slug from the path (the one tested function), or the reason the path is not a content file. */
function locateEntry(relativePath: string, collectionDir: string): EntryPath | ContentPathError {
  try {
    return parseEntryPath(relativePath, collectionDir);
  } catch (error) {
    if (error instanceof ContentPathError) return error;
    throw error;
  }
}

function groupById(entries: readonly SourceEntry[]): SourceEntry[][] {
  const groups = new Map<string, SourceEntry[]>();
  for (const e of entries) groups.set(e.id, [...(groups.get(e.id) ?? []), e]);
  return [...groups.values()];
}

interface FileToCheck {
  file: string;
  collection: CollectionName;
  path: EntryPath;
  schema: LocalizedSchema;
}

/**
 * Reads one Markdown file and applies the file's own rules, adding every problem found. Returns the
 * source when the file could be read, and the entry when the content layer could load it too
 * (orthography does not stop that).
 */
function checkFile(
  fsPath: string,
  { file, collection, path, schema }: FileToCheck,
  problems: ContentProblem[],
): { source: MarkdownSource; entry?: SourceEntry } | undefined {
  const { locale, slug, id } = path;
  let source: MarkdownSource;
  try {
    source = readMarkdownSource(fsPath);
  } catch (error) {
    if (!(error instanceof MarkdownSourceError)) throw error;
    problems.push({ file, line: error.line, locale, check: error.check, message: error.message });
    return undefined;
  }
  const dates = findInvalidDates(source);
  for (const d of dates) problems.push({ file, line: d.line, locale, check: 'dates', message: d.message });
  for (const p of findOrthographyProblems(source, locale)) problems.push({ file, line: p.line, locale, check: 'orthography', message: p.message });
  for (const p of findTermProblems(source, locale)) problems.push({ file, line: p.line, locale, check: 'terms', message: p.message });
  for (const p of findPolicyProblems(source, syntaxKindOf(file))) problems.push({ file, line: p.line, locale, check: 'markup', message: p.message });
  const result = schema.safeParse(source.data);
  if (result.success) return { source, entry: { id, collection, filePath: file, locale, slug, source, data: result.data } };
  for (const issue of formatSchemaIssues(result.error, source.keys, { data: source.data, fallbackLine: source.frontmatter?.first })) {
    // A date already reported as written is not reported a second time by the schema.
    if (dates.some((d) => issue.field === d.field)) continue;
    problems.push({ file, line: issue.line, locale, check: 'schema', message: issue.message });
  }
  return { source };
}

/**
 * Reads and checks every Markdown file of every collection and the partner facts under `contentDir`.
 * Never throws for bad content: each problem is returned with its file, line and fix.
 * @example readContentTree('content', { publicDir: 'public' }).problems // [] for the real site
 */
export function readContentTree(contentDir: string, options: ContentTreeOptions): ContentTree {
  const root = options.root ?? process.cwd();
  const display = (path: string) => toPosix(relative(root, path));
  const { collections: schemas } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: options.publicDir });
  const problems: ContentProblem[] = [];
  const entries: SourceEntry[] = [];
  const sources: ReadableSource[] = [];
  const rejected = new Set<string>();
  let fileCount = 0;

  for (const base of [contentDir, options.publicDir]) {
    for (const link of findSymbolicLinks(base)) {
      problems.push({
        file: display(link.path),
        check: 'file',
        message:
          `is a symbolic link (to ${link.linkTarget}), which the build refuses: a link publishes whatever it points at on the ` +
          'build machine, and a link to a folder above it is an endless loop. Delete the link and put a copy of the file itself here.',
      });
    }
  }

  for (const collection of collectionNames) {
    const dir = join(contentDir, collection);
    const dirShown = display(dir);
    const found: SourceEntry[] = [];
    for (const walked of walkDirectory(dir)) {
      // Links are reported above, once, and never read.
      if (walked.linkTarget !== undefined) continue;
      if (!markdownName.test(walked.relativePath)) {
        if (!walked.isDirectory && !isExpectedOtherFile(collection, walked.relativePath)) {
          problems.push({ file: display(walked.path), check: 'file', message: describeUnreadFile(walked.relativePath) });
        }
        continue;
      }
      const file = display(walked.path);
      const path = locateEntry(walked.relativePath, dirShown);
      if (walked.isDirectory) {
        problems.push({
          file,
          locale: path instanceof ContentPathError ? undefined : path.locale,
          check: 'file',
          message:
            'is a folder, but names ending in .md or .mdx are for Markdown files. Rename the folder, or move the files ' +
            `in it into the locale folder (${dirShown}/<locale>/) and delete it.`,
        });
        continue;
      }
      fileCount += 1;
      if (path instanceof ContentPathError) {
        problems.push({ file, check: 'path', message: path.problem });
        continue;
      }
      const checked = checkFile(walked.path, { file, collection, path, schema: schemas[collection] }, problems);
      if (checked) sources.push({ filePath: file, locale: path.locale, source: checked.source });
      if (checked?.entry) found.push(checked.entry);
      else rejected.add(`${collection}/${path.slug}`);
    }

    for (const same of groupById(found)) {
      const [first] = same;
      if (!first) continue;
      if (same.length > 1) {
        problems.push({
          file: same.map((e) => e.filePath).join(' and '),
          locale: first.locale,
          check: 'duplicate',
          message: `resolve to the same page (${first.id}). Keep one file per locale and slug: rename or delete the others.`,
        });
        rejected.add(`${collection}/${first.slug}`);
      }
      if (collection === 'pages' && reservedPageSlugs.includes(first.slug)) {
        problems.push({
          file: first.filePath,
          locale: first.locale,
          check: 'reserved-slug',
          message: `the name is taken by the site's own pages (${reservedPageSlugs.join(', ')}); two pages would resolve to the same URL. Rename the file.`,
        });
      }
    }
    entries.push(...found.filter((e) => !rejected.has(`${collection}/${e.slug}`)));
  }

  const organisations = readOrganisations(join(contentDir, 'partners/organisations.yaml'), display, schemas.organisations, problems);
  // The rules on the text itself (alt text, links into another language, heading levels, links and
  // images that lead nowhere) and on the MDX components' props, for drafts too: an editor hears of them
  // before the file is published.
  const organisationIds = organisations.map((o) => o.id);
  const map = buildTranslationMap(entries, { today: options.today ?? env.today });
  const links = { pages: listSitePages([...map.documents, ...map.scheduled]), publicDir: options.publicDir, siteUrl: options.siteUrl };
  for (const { filePath, locale, source } of sources) {
    for (const p of findTextProblems(source, locale)) problems.push({ file: filePath, line: p.line, locale, check: p.check, message: p.message });
    for (const p of findLinkProblems(source, syntaxKindOf(filePath), locale, links)) problems.push({ file: filePath, line: p.line, locale, check: p.check, message: p.message });
    if (!filePath.endsWith('.mdx')) continue;
    for (const p of findComponentProblems(source, { dataDir: `${contentDir}/data`, organisationIds })) {
      problems.push({ file: filePath, line: p.line, locale, check: 'components', message: p.message });
    }
  }
  return { fileCount, entries, sources, organisations, rejected, problems };
}

/**
 * The partner facts, parsed as Astro's file loader parses them (js-yaml). Where the loader only logs
 * a file it cannot parse and carries on without partners, this reports it, so the build stops with
 * the reason instead of failing later on every partner reference.
 */
function readOrganisations(
  path: string,
  display: (path: string) => string,
  schema: Schemas['organisations'],
  problems: ContentProblem[],
): OrganisationEntry[] {
  // A link is reported with the others (readContentTree) and not followed.
  if (!existsSync(path) || lstatSync(path).isSymbolicLink()) return [];
  const file = display(path);
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = loadYaml(text, { filename: path });
  } catch (error) {
    const parse = describeParseError(error);
    if (!parse) throw error;
    const line = parse.index === undefined ? undefined : parse.index + 1;
    problems.push({
      file,
      line,
      check: 'yaml',
      message: describeDuplicateKey(text, parse) ?? `is not valid YAML (${parse.reason}). Check that line: a value containing ": " or # needs quotes, and nested lines need the same indentation.`,
    });
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push({ file, check: 'yaml', message: 'must map each partner id to its facts, e.g. "alpha-cluster:" followed by indented name, role, country and city.' });
    return [];
  }
  const keys = findYamlKeys(text);
  const organisations: OrganisationEntry[] = [];
  for (const [id, raw] of Object.entries(parsed)) {
    // Astro's file loader skips a "$schema" key that points editors' tools at a JSON schema.
    if (id === '$schema' && typeof raw === 'string') continue;
    const result = schema.safeParse(raw);
    if (result.success) {
      organisations.push({ id, filePath: file, data: result.data });
    } else {
      const line = keys.find((k) => k.key === id)?.line;
      for (const issue of formatSchemaIssues(result.error, [], { data: raw, pathPrefix: [id] })) problems.push({ file, line, check: 'schema', message: issue.message });
    }
  }
  // Only when every entry is valid: a role left out of a broken entry is not a second problem.
  if (organisations.length > 0 && organisations.length === Object.keys(parsed).length) problems.push(...findCoordinatorProblems(organisations, file));
  return organisations;
}

/**
 * The message for a key written twice in the partner facts, naming it: YAML refuses the file, and
 * "duplicated mapping key" alone does not say which partner (or which of its fields) to look at.
 */
function describeDuplicateKey(text: string, parse: { reason: string; index?: number }): string | undefined {
  if (parse.reason !== 'duplicated mapping key' || parse.index === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const key = /^(\s*)(["']?)([^\s"'#:][^"':]*?)\2\s*:/.exec(lines[parse.index] ?? '');
  if (!key?.[3]) return undefined;
  if (!key[1]) {
    return `the partner id "${key[3]}" is written twice, so YAML refuses the file (the second entry would replace the first). Keep one entry per partner: merge the two, or give one another id.`;
  }
  const partner = findYamlKeys(lines.slice(0, parse.index).join('\n')).at(-1)?.key;
  const field = partner ? `${partner}.${key[3]}` : key[3];
  return `field "${field}" is written twice in one partner's entry, so YAML refuses the file. Keep one line.`;
}
