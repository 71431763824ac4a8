import { describe, it, expect } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildContentReport, checkFileText, type ContentFile } from '../../../scripts/lib/content-report/report';
import { findMissingUiKeys } from '../../../src/i18n/ui-keys';
import { uiResources } from '../../../src/i18n/translator';

const fm = (extra = '') => `---\ntitle: A title\ndescription: A description of twenty characters or more.\n${extra}---\n`;
const file = (collection: string, locale: ContentFile['locale'], slug: string, body: string, extra = '', time?: number): ContentFile => ({
  path: `content/${collection}/${locale}/${slug}.md`,
  collection,
  locale,
  slug,
  text: `${fm(extra)}${body}\n`,
  time,
});
const none = { en: [], uk: [], ro: [], es: [], bg: [] };
const checks = (f: ContentFile) => checkFileText(f).map((i) => `${i.check}:${i.line}`);

describe('checkFileText', () => {
  it('passes clean text', () => {
    expect(checkFileText(file('guides', 'ro', 'g', '## Secțiune\n\nCooperare și inovare.\n\n### Detalii\n\n![Harta partenerilor](/images/map.png)'))).toEqual([]);
  });
  it('finds a Romanian cedilla, with its line', () => {
    expect(checks(file('guides', 'ro', 'g', '## Titlu\n\nCooperare şi inovare.'))).toEqual(['orthography:7']);
  });
  it('finds a mixed Ukrainian apostrophe and a Russian-derived place name', () => {
    expect(checks(file('news', 'uk', 'n', "## Розділ\n\nОб'єднання в Харкові.\n\nKharkov"))).toEqual(['orthography:7', 'orthography:9']);
  });
  it('finds images without alt text, in Markdown and in MDX', () => {
    expect(checks(file('guides', 'en', 'g', '## A\n\n![](/images/a.png)\n\n<Figure src="/images/b.png" width={1} height={1} />'))).toEqual(['image-alt:7', 'image-alt:9']);
  });
  it('finds a link into another language', () => {
    expect(checks(file('guides', 'es', 'g', '## A\n\nVéase [la guía](/en/guides/x/) y [esta](/es/guides/y/).'))).toEqual(['cross-locale-link:7']);
  });
  it('finds headings that skip a level and a level-1 heading', () => {
    expect(checks(file('guides', 'en', 'g', '## A\n\n#### Too deep\n\n# Title again'))).toEqual(['headings:7', 'headings:9']);
  });
});

describe('buildContentReport', () => {
  it('reports, per locale, orphans as errors and missing or stale translations as warnings', () => {
    const report = buildContentReport(
      [
        file('news', 'en', 'kickoff', 'Original.', 'pubDate: 2025-02-13\n', 200),
        file('news', 'uk', 'kickoff', 'Переклад.', '', 100),
        file('news', 'bg', 'kickoff', 'Превод.', '', 300),
        file('news', 'ro', 'orphan', 'Fără original.'),
      ],
      none,
    );
    const uk = report.find((r) => r.locale === 'uk')!;
    expect(uk.warnings.map((w) => w.check)).toEqual(['stale']);
    expect(uk.warnings[0]!.message).toContain('content/news/en/kickoff.md changed after this translation');
    const ro = report.find((r) => r.locale === 'ro')!;
    expect(ro.errors.map((e) => `${e.check} ${e.file}`)).toEqual(['orphan content/news/ro/orphan.md']);
    expect(ro.warnings.map((w) => `${w.check} ${w.file}`)).toEqual(['missing content/news/ro/kickoff.md']);
    expect(report.find((r) => r.locale === 'bg')!.warnings).toEqual([]);
  });

  it('treats a document first written in Ukrainian as its own original', () => {
    const report = buildContentReport([file('news', 'uk', 'local', 'Текст.', 'sourceLocale: uk\n')], none);
    expect(report.flatMap((r) => r.errors)).toEqual([]);
    expect(report.find((r) => r.locale === 'en')!.warnings.map((w) => w.check)).toEqual(['missing']);
  });

  it('reports UI strings a locale lacks, by the plural forms its language needs', () => {
    const uk = structuredClone(uiResources.uk) as { search: Record<string, unknown> };
    delete uk.search.results_few;
    const missing = findMissingUiKeys({ ...uiResources, uk });
    expect(missing.uk).toEqual(['search.results_few']);
    expect(missing.bg).toEqual([]);
    const report = buildContentReport([], missing);
    expect(report.find((r) => r.locale === 'uk')!.errors[0]).toMatchObject({ check: 'ui-strings', file: 'src/i18n/ui/uk.json' });
  });
});

describe('npm run check:content', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const commit = (cwd: string, when: number, message: string) => {
    execFileSync('git', ['add', '.'], { cwd, env });
    execFileSync('git', ['commit', '-qm', message], { cwd, env: { ...env, GIT_AUTHOR_DATE: `${when} +0000`, GIT_COMMITTER_DATE: `${when} +0000` } });
  };
  const run = (content: string, ...extra: string[]) =>
    spawnSync(process.execPath, [tsx, 'scripts/check-content.ts', '--content', content, ...extra], { cwd: root, encoding: 'utf8' });

  it('finds a translation made stale in a temporary git repository, and exits 0 on warnings only', () => {
    const repo = mkdtempSync(join(tmpdir(), 'itbridge-check-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'news/en'), { recursive: true });
    mkdirSync(join(repo, 'news/uk'), { recursive: true });
    writeFileSync(join(repo, 'news/en/a.md'), `${fm('pubDate: 2025-02-13\n')}Original.\n`);
    writeFileSync(join(repo, 'news/uk/a.md'), `${fm()}Переклад.\n`);
    commit(repo, 1_700_000_000, 'both');
    writeFileSync(join(repo, 'news/en/a.md'), `${fm('pubDate: 2025-02-13\n')}Original, corrected.\n`);
    commit(repo, 1_700_000_900, 'original changed');
    const r = run(repo, '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { errors: number; locales: { locale: string; warnings: { check: string; file: string }[] }[] };
    expect(json.errors).toBe(0);
    expect(json.locales.find((l) => l.locale === 'uk')!.warnings.map((w) => w.check)).toEqual(['stale']);
  });

  it('exits 1 on an error and names the file and line in the readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-check-'));
    mkdirSync(join(dir, 'guides/ro'), { recursive: true });
    writeFileSync(join(dir, 'guides/ro/g.md'), `${fm()}## Titlu\n\nCooperare şi inovare.\n`);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\[ro\] 2 error\(s\)/);
    expect(r.stdout).toMatch(/ERROR orthography\s+\S*guides\/ro\/g\.md:7 — Romanian cedilla letter "ş"/);
    expect(r.stdout).toMatch(/ERROR orphan\s+\S*guides\/ro\/g\.md/);
  });
});
