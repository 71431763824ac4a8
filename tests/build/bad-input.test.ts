/**
 * Bad input never passes silently, and npm run check:content says what the build says. Each case in
 * `bad-input-cases.ts` copies the small fixture site's content, plants one defect, then builds it and
 * runs check:content on it side by side: both must fail (or, for what the build only logs, both
 * succeed) with the same message, naming the file, the field and the fix. The first test proves that
 * the untouched fixture builds and passes, so a failure below is the defect's doing. Builds run one
 * after another: they share Astro's generated-types folder.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { badInputCases, edit, type BadInputCase } from './bad-input-cases';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse } from 'node-html-parser';
import { listFiles } from '../helpers/dist';
import { formatNuMessage, listCheckedFiles, runNuChecker } from '../helpers/nu-checker';
import { previewOrigin, scaleTimeout } from '../../src/env';
import { runContentCheck } from '../../scripts/lib/content-report/run';
import { metaContentSecurityPolicy } from '../../src/lib/outputs/content-security-policy';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/content');
const fixturePublic = join(root, 'tests/fixtures/public');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'itbridge-build-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface RunResult {
  status: number | null;
  output: string;
}
interface BuildResult extends RunResult {
  dist: string;
  content: string;
}

const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs a command to completion without blocking, so a build and check:content can run side by side. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env, timeout: scaleTimeout(120_000) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

let counter = 0;
/** Copies the fixture content and public files and lets `plant` change them. */
function plantedContent(plant: BadInputCase['plant']): { dir: string; content: string; publicDir: string } {
  const dir = join(work, `case-${++counter}`);
  const content = join(dir, 'content');
  const publicDir = join(dir, 'public');
  cpSync(fixture, content, { recursive: true });
  cpSync(fixturePublic, publicDir, { recursive: true });
  plant(content, publicDir);
  return { dir, content, publicDir };
}

/** Builds planted content into its own dist, as npm run build would with the test's folders (and `vars`). */
async function build(dir: string, content: string, publicDir: string, vars: Record<string, string> = {}): Promise<BuildResult> {
  const dist = join(dir, 'dist');
  const env = {
    ...quietEnv,
    ...vars,
    ITBRIDGE_CONTENT_DIR: content,
    ITBRIDGE_PUBLIC_DIR: publicDir,
    ITBRIDGE_OUT_DIR: dist,
    ITBRIDGE_CACHE_DIR: join(dir, 'cache'),
    // A test build names the preview address, so that on CI it is not taken for a deployment.
    SITE_URL: previewOrigin,
  };
  return { ...(await run([astroBin, 'build'], env)), dist, content };
}

/**
 * npm run check:content on the same content: the function the script runs, with the script's arguments,
 * in this process (a second Node process per case would double the suite's time on a small machine).
 * tests/unit/tools/content-report.test.ts runs the script itself.
 */
function checkContent(content: string, publicDir: string): Promise<RunResult> {
  return runContentCheck(['--content', content, '--public', publicDir]);
}

function buildWith(plant: BadInputCase['plant']): Promise<BuildResult> {
  const { dir, content, publicDir } = plantedContent(plant);
  return build(dir, content, publicDir);
}

/** The untouched fixture, built once for the tests that read its pages (its dist is never changed). */
let untouched: { build: Promise<BuildResult>; check: Promise<RunResult> } | undefined;
function buildUntouched() {
  if (!untouched) {
    const { dir, content, publicDir } = plantedContent(() => {});
    const building = build(dir, content, publicDir);
    untouched = { build: building, check: checkContent(content, publicDir) };
  }
  return untouched;
}

/**
 * The message as printed after the file on some line of the output: from where `message` matches to
 * the end of the line. The build prints `<file>: <message>`, check:content `<file> — <message>`.
 */
function reported(output: string, { file, message }: { file: string; message: RegExp }): string | undefined {
  for (const line of output.split('\n')) {
    const at = line.indexOf(file);
    if (at < 0) continue;
    const rest = line.slice(at + file.length);
    const match = message.exec(rest);
    if (match) return rest.slice(match.index).trimEnd();
  }
  return undefined;
}

// Each test's time limit is the build suite's (vitest.config.ts), scaled for busy machines.
describe('building content', () => {
  it('builds the untouched fixture, publishing neither drafts nor translations without an original', async () => {
    const { build: building, check: checking } = buildUntouched();
    const r = await building;
    const check = await checking;
    expect(r.status, r.output).toBe(0);
    // check:content agrees: no error, and the same two files reported as not published.
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/warn {2}draft +\S*news\/en\/draft-news\.md — draft, not published/);
    expect(check.output).toMatch(/warn {2}orphan +\S*news\/uk\/only-ukrainian-orphan\.md — not published because its original/);
    expect(existsSync(join(r.dist, 'en/news/first-news/index.html'))).toBe(true);
    expect(existsSync(join(r.dist, 'uk/news/first-news/index.html'))).toBe(true);
    // The draft and the orphan are reported, and no page exists for them in any locale.
    expect(r.output).toContain('news/en/draft-news.md: draft, not published');
    expect(r.output).toMatch(/news\/uk\/only-ukrainian-orphan\.md: not published because its original \(news\/en\/only-ukrainian-orphan\) does not exist/);
    for (const locale of ['en', 'uk', 'ro', 'es', 'bg']) {
      expect(existsSync(join(r.dist, locale, 'news/draft-news'))).toBe(false);
      expect(existsSync(join(r.dist, locale, 'news/only-ukrainian-orphan'))).toBe(false);
    }
    const listing = readFileSync(join(r.dist, 'uk/news/index.html'), 'utf8');
    expect(listing).not.toContain('Переклад без оригіналу');
    expect(listing).not.toContain('Draft fixture news');
    // An English-only guide still gets a page in every locale: the fallback.
    const fallback = readFileSync(join(r.dist, 'bg/guides/fixture-guide/index.html'), 'utf8');
    expect(fallback).toContain('<meta name="robots" content="noindex">');
    expect(fallback).toMatch(/<article\b[^>]* lang="en"/);
  });

  it('publishes plain Markdown, the allowed HTML elements, https and mailto links, and MDX comments not at all', async () => {
    const r = await buildUntouched().build;
    expect(r.status, r.output).toBe(0);
    const guide = readFileSync(join(r.dist, 'en/guides/fixture-guide/index.html'), 'utf8');
    expect(guide).toContain('H<sub>2</sub>O');
    expect(guide).toContain('<kbd>Ctrl</kbd>');
    expect(guide).toContain('<abbr title="European Union">EU</abbr>');
    expect(guide).toMatch(/<details>\s*<summary>Allowed details<\/summary>/);
    expect(guide).toContain('href="https://example.org"');
    expect(guide).toContain('href="mailto:info@example.org"');
    const study = readFileSync(join(r.dist, 'en/studies/fixture-study/index.html'), 'utf8');
    expect(study).not.toContain('editors\' note');
  });

  it('renders the fixture study: chart as SVG with a data table, key findings, downloads with format and size, MDX components', async () => {
    const r = await buildUntouched().build;
    expect(r.status, r.output).toBe(0);
    const en = readFileSync(join(r.dist, 'en/studies/fixture-study/index.html'), 'utf8');
    // The chart: an SVG drawn at build time with title and description, one bar per value (2 years × 2 series).
    expect(en).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="chart-fixture-chart-title chart-fixture-chart-desc"/);
    expect(en).toContain('<title id="chart-fixture-chart-title">Fixture members and events</title>');
    expect(en.match(/<rect class="bar"/g)).toHaveLength(4);
    expect(en).toMatch(/data-label="2025" data-value="180"/);
    expect(en).toMatch(/<th scope="row">2025<\/th><td>180<\/td><td>7<\/td>/);
    expect(en).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    // The policy holds without headers too: a meta tag right after the charset.
    expect(en).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}">`);
    // Key findings and the download, with its format, size and language shown.
    expect(en).toContain('The first fixture finding, one full sentence.');
    expect(en).toMatch(/href="\/downloads\/fixture-report\.pdf"[^>]*download/);
    expect(en).toMatch(/PDF, 0\.1 kB, in English/);
    // Other MDX components.
    expect(en).toMatch(/<dl class="stat-grid">.*180\+/s);
    expect(en).toMatch(/class="callout callout-tip"><p class="callout-title">Tip<\/p>/);
    expect(en).toMatch(/class="card partner-card">.*href="\/en\/partners\/alpha-cluster\/">Alpha Cluster/s);
    // On the Ukrainian fallback page the chart's numbers and labels follow the text (English), the link the reader.
    const uk = readFileSync(join(r.dist, 'uk/studies/fixture-study/index.html'), 'utf8');
    expect(uk).toMatch(/class="callout-title">Tip</);
    expect(uk).toMatch(/href="\/uk\/partners\/alpha-cluster\/"/);
  });

  it('passes the Nu HTML Checker on every page of the untouched fixture, fallback pages and the chart included', async () => {
    const r = await buildUntouched().build;
    expect(r.status, r.output).toBe(0);
    const files = listCheckedFiles(r.dist);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    expect((await runNuChecker(files)).map((m) => formatNuMessage(m, r.dist))).toEqual([]);
  });

  it('publishes a link whose address an editor mistyped, which html-validate passes and the Nu HTML Checker reports with page, line and message', async () => {
    const address = 'https://example..org/report';
    const r = await buildWith((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace('Body of the fixture news item.\n', `Body of the fixture news item.\n\nSee [the report](${address}).\n`)));
    expect(r.status, r.output).toBe(0);
    // The English page, and the fallback pages that show it where no translation exists (uk has its own).
    const pages = ['bg', 'en', 'es', 'ro'].map((locale) => `${locale}/news/first-news/index.html`);
    const expected = pages.map((path) => {
      const html = readFileSync(join(r.dist, path), 'utf8');
      // Where the link starts in the built page: the checker must name this line and column.
      const at = html.indexOf(`<a href="${address}"`);
      expect(at, path).toBeGreaterThan(0);
      const line = html.slice(0, at).split('\n').length;
      const column = at - html.lastIndexOf('\n', at - 1);
      return `/${path}:${line}:${column} Bad value “${address}” for attribute “href” on element “a”: Invalid host: A non-final domain name label (or the whole domain name) is empty..`;
    });
    const english = readFileSync(join(r.dist, pages[1]!), 'utf8');
    const htmlValidate = await new HtmlValidate(new FileSystemConfigLoader()).validateString(english, join(root, 'dist', pages[1]!));
    expect(htmlValidate.valid).toBe(true);
    const errors = await runNuChecker(listCheckedFiles(r.dist));
    expect(errors.map((m) => formatNuMessage(m, r.dist))).toEqual(expected);
  });

  it('tells readers of a translation whose original changed since, and when, with a link to the original; the status page shows what changed', async () => {
    const r = await buildWith((c) => {
      const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
      const git = (args: string[], date: number) =>
        spawnSync('git', args, { cwd: c, env: { ...env, GIT_AUTHOR_DATE: `${date} +0000`, GIT_COMMITTER_DATE: `${date} +0000` } });
      git(['init', '-q'], 0);
      git(['add', '.'], 0);
      git(['commit', '-qm', 'content'], 1_700_000_000);
      edit(join(c, 'news/en/first-news.md'), (t) => `${t}\nA corrected paragraph.\n`);
      git(['commit', '-qam', 'original corrected'], 1_700_000_500);
    });
    expect(r.status, r.output).toBe(0);
    const uk = readFileSync(join(r.dist, 'uk/news/first-news/index.html'), 'utf8');
    // 1_700_000_500 is 14 November 2023 (UTC): the day of the commit that changed the original.
    expect(uk).toMatch(/data-stale-notice><p>Оригінал цієї сторінки змінився 14 листопада 2023\s?р\., після перекладу/);
    expect(uk).toMatch(/<a href="\/en\/news\/first-news\/" hreflang="en" data-original-link>/);
    // The editors' status page: the changed line, the date and the git command, under the table, for each stale translation.
    const status = parse(readFileSync(join(r.dist, 'status/translations/index.html'), 'utf8'));
    const change = status.querySelector('[data-stale-change="news/first-news/uk"]');
    expect(change?.querySelector('summary')?.textContent).toMatch(/^news\/first-news, Ukrainian: the original changed on 14 November 2023 \(1 added, 0 removed\)$/);
    expect(change?.querySelectorAll('.diff-lines li').map((li) => [li.getAttribute('class'), li.textContent])).toEqual([['diff-added', 'Added: A corrected paragraph.']]);
    expect(change?.textContent).toMatch(/git diff [0-9a-f]{12} -- \S*news\/en\/first-news\.md/);
    expect(status.querySelector('a[href="#changes-news-first-news-uk"]')?.textContent).toBe('what changed');
    // Only stale translations get one: the up-to-date About page does not.
    expect(status.querySelectorAll('[data-stale-change]').map((d) => d.getAttribute('data-stale-change'))).toEqual(['news/first-news/uk']);
    // The original itself, and an up-to-date translation, carry no such notice.
    expect(readFileSync(join(r.dist, 'en/news/first-news/index.html'), 'utf8')).not.toContain('data-stale-notice');
    expect(readFileSync(join(r.dist, 'uk/about/index.html'), 'utf8')).not.toContain('data-stale-notice');
  });

  it('holds back a news item dated after today, and its translation, until a build on that day; check:content lists both as scheduled', async () => {
    const { dir, content, publicDir } = plantedContent((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace('pubDate: 2025-02-13', 'pubDate: 2030-06-15')));
    const before = await build(dir, content, publicDir, { ITBRIDGE_NOW: '2030-06-14' });
    expect(before.status, before.output).toBe(0);
    expect(before.output).toContain('news/en/first-news.md: scheduled for 2030-06-15, so not published yet: the first build on or after that day publishes it.');
    expect(before.output).toContain('news/uk/first-news.md: scheduled with its original (news/en/first-news) for 2030-06-15, so not published yet');
    expect(before.output).toContain('1 scheduled document(s) held back: today is 2030-06-14 (UTC)');
    // No page, share image or year archive, and no word of it in any output: listings, home, topic and
    // partner pages, feeds, sitemap, the status page, the search vocabulary (Pagefind indexes pages only).
    const outputs = listFiles(before.dist);
    expect(outputs.filter((f) => /first-news|\/news\/2030\//.test(f))).toEqual([]);
    const mentions = outputs
      .filter((f) => /\.(html|xml|json|txt)$/.test(f))
      .filter((f) => /Fixture news item|Тестова новина|first-news/.test(readFileSync(f, 'utf8')));
    expect(mentions.map((f) => f.slice(before.dist.length))).toEqual([]);
    expect(readFileSync(join(before.dist, 'en/partners/alpha-cluster/index.html'), 'utf8')).not.toContain('Fixture news item');
    // check:content on the same day: the two files as scheduled, with the date; no error.
    const checked = await runContentCheck(['--content', content, '--public', publicDir], { today: '2030-06-14' });
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/^ {2}later scheduled +\S*news\/en\/first-news\.md — scheduled for 2030-06-15, so not published yet/m);
    expect(checked.output).toMatch(/^ {2}later scheduled +\S*news\/uk\/first-news\.md — scheduled with its original \(news\/en\/first-news\) for 2030-06-15/m);
    expect(checked.output).not.toMatch(/ERROR +\S+ +\S*first-news\.md/);
    // Its missing translations are still listed: they can be made before the day.
    expect(checked.output).toMatch(/warn {2}missing +\S*news\/ro\/first-news\.md/);

    // The build on the day publishes both, everywhere.
    const onTheDay = await build(dir, content, publicDir, { ITBRIDGE_NOW: '2030-06-15' });
    expect(onTheDay.status, onTheDay.output).toBe(0);
    expect(onTheDay.output).not.toContain('scheduled');
    expect(existsSync(join(onTheDay.dist, 'en/news/first-news/index.html'))).toBe(true);
    expect(readFileSync(join(onTheDay.dist, 'uk/news/first-news/index.html'), 'utf8')).toContain('Тестова новина');
    expect(readFileSync(join(onTheDay.dist, 'en/rss.xml'), 'utf8')).toContain('/en/news/first-news/');
    expect(readFileSync(join(onTheDay.dist, 'sitemap-0.xml'), 'utf8')).toContain('/uk/news/first-news/');
    expect(readFileSync(join(onTheDay.dist, 'en/news/index.html'), 'utf8')).toContain('Fixture news item');
  });

  it('re-reads the partner facts and chart data on every build: a change shows, and a broken file fails the next build with the same cache', async () => {
    const { dir, content, publicDir } = plantedContent(() => {});
    const facts = join(content, 'partners/organisations.yaml');
    // The news item names its partner by the organisation's name, from the partner facts.
    const newsPage = (r: BuildResult) => readFileSync(join(r.dist, 'en/news/first-news/index.html'), 'utf8');
    const first = await build(dir, content, publicDir);
    expect(first.status, first.output).toBe(0);
    expect(newsPage(first)).toContain('Alpha Cluster');

    edit(facts, (t) => t.replace('name: Alpha Cluster', 'name: Alpha Renamed'));
    // Chart data is read when the page renders, never from the content cache.
    edit(join(content, 'data/fixture-chart.csv'), (t) => t.replace('2025,180', '2025,190'));
    const renamed = await build(dir, content, publicDir);
    expect(renamed.status, renamed.output).toBe(0);
    expect(readFileSync(join(renamed.dist, 'en/studies/fixture-study/index.html'), 'utf8')).toMatch(/data-label="2025" data-value="190"/);
    expect(newsPage(renamed)).toContain('Alpha Renamed');
    expect(newsPage(renamed)).not.toContain('Alpha Cluster');

    // Astro's file loader only logs a file it cannot parse and keeps the cached partners; the build must not.
    edit(facts, (t) => `${t.replace('name: Alpha Renamed', 'name: Alpha Again')}alpha-cluster:\n  name: Duplicate\n`);
    const broken = await build(dir, content, publicDir);
    expect(broken.status, broken.output).not.toBe(0);
    const expected = { file: 'partners/organisations.yaml:6', message: /the partner id "alpha-cluster" is written twice/ };
    expect(reported(broken.output, expected), broken.output).toBeDefined();
    expect(reported((await checkContent(content, publicDir)).output, expected)).toBe(reported(broken.output, expected));
  });

  it.each(badInputCases)('$name (and check:content says the same)', async (c: BadInputCase) => {
    const { dir, content, publicDir } = plantedContent(c.plant);
    // The build runs in its own process while check:content runs here.
    const building = build(dir, content, publicDir);
    const checked = await checkContent(content, publicDir);
    const built = await building;
    if (c.warningOnly) {
      expect(built.status, built.output).toBe(0);
      expect(checked.status, checked.output).toBe(0);
    } else {
      expect(built.status, built.output).not.toBe(0);
      expect(checked.status, checked.output).toBe(1);
    }
    for (const expected of c.expected) {
      const fromBuild = reported(built.output, expected);
      expect(fromBuild, `build output lacks ${expected.file}: ${expected.message}\n${built.output}`).toBeDefined();
      expect(reported(checked.output, expected), `check:content output\n${checked.output}`).toBe(fromBuild);
      // What the build only logs is a warning for editors too, not an error.
      if (c.warningOnly) expect(checked.output.split('\n').find((line) => line.includes(expected.file))).toMatch(/^ {2}warn /);
    }
  });
});
