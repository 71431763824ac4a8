/**
 * Bad input never passes silently: each test copies the small fixture site's content, plants one
 * defect, builds it, and asserts that the build fails with a message naming the file, the field and
 * what is allowed. The first test proves that the untouched fixture builds, so a failure below is the
 * defect's doing. Builds run one after another: they share Astro's generated-types folder.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { previewOrigin, scaleTimeout } from '../../src/env';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/content');
const fixturePublic = join(root, 'tests/fixtures/public');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'itbridge-build-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BuildResult {
  status: number | null;
  output: string;
  dist: string;
  content: string;
}

let counter = 0;
/** Copies the fixture content, lets `plant` change it, and builds it into its own dist. */
function buildWith(plant: (content: string) => void): BuildResult {
  const dir = join(work, `case-${++counter}`);
  const content = join(dir, 'content');
  cpSync(fixture, content, { recursive: true });
  plant(content);
  const dist = join(dir, 'dist');
  const r = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    env: {
      ...process.env,
      ITBRIDGE_CONTENT_DIR: content,
      ITBRIDGE_PUBLIC_DIR: fixturePublic,
      ITBRIDGE_OUT_DIR: dist,
      ITBRIDGE_CACHE_DIR: join(dir, 'cache'),
      // A test build names the preview address, so that on CI it is not taken for a deployment.
      SITE_URL: previewOrigin,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: scaleTimeout(120_000),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist, content };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

// Each test's time limit is the build suite's (vitest.config.ts), scaled for busy machines.
describe('building content', () => {
  it('builds the untouched fixture, publishing neither drafts nor translations without an original', () => {
    const r = buildWith(() => {});
    expect(r.status, r.output).toBe(0);
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
    expect(fallback).toMatch(/<article lang="en"/);
  });

  it('renders the fixture study: chart as SVG with a data table, key findings, downloads with format and size, MDX components', () => {
    const r = buildWith(() => {});
    expect(r.status, r.output).toBe(0);
    const en = readFileSync(join(r.dist, 'en/studies/fixture-study/index.html'), 'utf8');
    // The chart: an SVG drawn at build time with title and description, one bar per value (2 years × 2 series).
    expect(en).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="chart-fixture-chart-title chart-fixture-chart-desc"/);
    expect(en).toContain('<title id="chart-fixture-chart-title">Fixture members and events</title>');
    expect(en.match(/<rect class="bar"/g)).toHaveLength(4);
    expect(en).toMatch(/data-label="2025" data-value="180"/);
    expect(en).toMatch(/<th scope="row">2025<\/th><td>180<\/td><td>7<\/td>/);
    expect(en).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
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

  it('fails on a chart whose data file is missing, naming the MDX file and the data file', () => {
    const r = buildWith((c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('fixture-chart.csv', 'no-such-data.csv')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/studies\/en\/fixture-study\.mdx: <Chart src="no-such-data\.csv">: the data file \S*data\/no-such-data\.csv does not exist/);
  });

  it('fails on a chart whose data is malformed, naming the row and column', () => {
    const r = buildWith((c) => writeFileSync(join(c, 'data/fixture-chart.csv'), 'Year,Members\n2024,12O\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fixture-study\.mdx: <Chart src="fixture-chart\.csv">: .*fixture-chart\.csv.*"12O" is not a number/);
  });

  it('fails on a download whose file is missing', () => {
    const r = buildWith((c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('/downloads/fixture-report.pdf', '/downloads/missing-report.pdf')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/studies\/en\/fixture-study/);
    expect(r.output).toMatch(/names a file that is not in public\/downloads\//);
  });

  it('fails on a PartnerCard naming an unknown partner', () => {
    const r = buildWith((c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('<PartnerCard id="alpha-cluster" />', '<PartnerCard id="omega-cluster" />')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fixture-study\.mdx: <PartnerCard>: id="omega-cluster" is not a partner\. Use one of: alpha-cluster/);
  });

  it('tells readers of a translation whose original changed since, with a link to the original', () => {
    const r = buildWith((c) => {
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
    expect(uk).toMatch(/data-stale-notice><p>Оригінал цієї сторінки змінився після перекладу/);
    expect(uk).toMatch(/<a href="\/en\/news\/first-news\/" hreflang="en" data-original-link>/);
    // The original itself, and an up-to-date translation, carry no such notice.
    expect(readFileSync(join(r.dist, 'en/news/first-news/index.html'), 'utf8')).not.toContain('data-stale-notice');
    expect(readFileSync(join(r.dist, 'uk/about/index.html'), 'utf8')).not.toContain('data-stale-notice');
  });

  it('fails on a missing title, naming the file and the field', () => {
    const r = buildWith((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^title:.*\n/m, '')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/news\/en\/first-news\.md/);
    expect(r.output).toMatch(/title\W+.*Required|title.*expected string/i);
  });

  it('fails on a description over 160 characters, saying the limit', () => {
    const r = buildWith((c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => t.replace(/^description:.*$/m, `description: ${'Long text. '.repeat(16)}`)));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guides\/en\/fixture-guide\.md/);
    expect(r.output).toMatch(/description.*160/);
  });

  it('fails on an impossible date that YAML would silently roll over', () => {
    const r = buildWith((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: 2025-13-45')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('news/en/first-news.md:4: field "pubDate" is "2025-13-45", which is not a calendar date');
    expect(r.output).toContain('YYYY-MM-DD');
  });

  it('fails on an unparseable date', () => {
    const r = buildWith((c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: next spring')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('studies/en/fixture-study.mdx:4: field "pubDate" is "next spring"');
  });

  it('fails on an unknown topic, listing the allowed ones', () => {
    const r = buildWith((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^topics:.*$/m, 'topics: [blockchain]')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/news\/en\/first-news\.md/);
    expect(r.output).toMatch(/topics/);
    expect(r.output).toContain('"market-entry"');
  });

  it('fails on an unknown partner reference, listing the partner ids', () => {
    const r = buildWith((c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^partners:.*$/m, 'partners: [beta-cluster]')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/news\/en\/first-news\.md: field "partners" names "beta-cluster", which is not a partner id\. Allowed: alpha-cluster/);
  });

  it('fails on a partner profile with no partner facts', () => {
    const r = buildWith((c) => cpSync(join(c, 'partners/en/alpha-cluster.md'), join(c, 'partners/en/gamma-cluster.md')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('there is no partner "gamma-cluster" in content/partners/organisations.yaml');
  });

  it('fails on a partner logo that is not in public/partners/', () => {
    const r = buildWith((c) => edit(join(c, 'partners/organisations.yaml'), (t) => `${t}  logo: /partners/no-such-logo.svg\n`));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/alpha-cluster/);
    expect(r.output).toMatch(/logo: names a file that is not in public\/partners\//);
  });

  it('fails on a file under an unknown locale folder, naming the allowed locales', () => {
    const r = buildWith((c) => {
      mkdirSync(join(c, 'guides/ua'));
      cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/ua/fixture-guide.md'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('guides/ua/fixture-guide.md: "ua" is not a locale folder. Move the file into one of: en, uk, ro, es, bg');
  });

  it('fails on two files resolving to the same URL, naming both', () => {
    const r = buildWith((c) => cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/en/fixture-guide.mdx')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/guides\/en\/fixture-guide\.md and \S*guides\/en\/fixture-guide\.mdx resolve to the same page \(en\/fixture-guide\)/);
  });

  it('fails on a standalone page named like a listing, which would share its URL', () => {
    const r = buildWith((c) => cpSync(join(c, 'pages/en/about.md'), join(c, 'pages/en/news.md')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/pages\/en\/news\.md: the name is taken by the site's own pages/);
  });

  it('fails on Romanian cedilla letters and a mixed Ukrainian apostrophe, naming file and line', () => {
    const r = buildWith((c) => {
      mkdirSync(join(c, 'news/ro'));
      writeFileSync(join(c, 'news/ro/first-news.md'), '---\ntitle: Știre de test\ndescription: O știre de test pentru verificarea construcției.\n---\nCooperare şi inovare.\n');
      edit(join(c, 'news/uk/first-news.md'), (t) => `${t}\nОб'єднання кластерів.\n`);
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/news\/ro\/first-news\.md:5: Romanian cedilla letter "ş"/);
    expect(r.output).toMatch(/news\/uk\/first-news\.md:\d+: Ukrainian apostrophe "'"/);
  });

  it('fails when a translation repeats a language-neutral field', () => {
    const r = buildWith((c) => edit(join(c, 'news/uk/first-news.md'), (t) => t.replace(/^title:.*$/m, (m) => `${m}\npubDate: 2025-01-01`)));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/news\/uk\/first-news\.md: field "pubDate" is language-neutral and is written once, in \S*news\/en\/first-news\.md/);
  });

  it('fails when the original lacks a required language-neutral field', () => {
    const r = buildWith((c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => t.replace(/^topics:.*\n/m, '')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('guides/en/fixture-guide.md: field "topics" is required in the original-language file');
  });
});
