import { describe, it, expect } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildContentReport, type ContentReport } from '../../../scripts/lib/content-report/report';
import { readContentTree } from '../../../src/lib/checks/content-tree';
import { findMissingUiKeys } from '../../../src/i18n/ui-keys';
import { uiResources } from '../../../src/i18n/translator';
import type { Locale } from '../../../src/i18n/locales';
import { fixtureToday } from '../../helpers/entries';
import type { TranslationFreshness } from '../../../src/lib/content/freshness';

const fm = (extra = '') => `---\ntitle: A title\ndescription: A description of twenty characters or more.\n${extra}---\n`;
const news = (extra = '') => fm(`pubDate: 2025-02-13\ntopics: [networking]\n${extra}`);
const organisations = 'alpha-cluster:\n  name: Alpha Cluster\n  role: coordinator\n  country: RO\n  city: { en: Cluj, uk: Клуж, ro: Cluj, es: Cluj, bg: Клуж }\n';
const none = { en: [], uk: [], ro: [], es: [], bg: [] };

/** Writes a content folder and reports on it as npm run check:content does; `states` are the translations' freshness by file. */
function reportOn(files: Record<string, string>, states: Record<string, TranslationFreshness['state']> = {}, missingUiKeys: Record<Locale, string[]> = none, today = fixtureToday): ContentReport {
  const dir = mkdtempSync(join(tmpdir(), 'itbridge-report-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return buildContentReport({
    tree: readContentTree(dir, { publicDir: join(dir, 'public') }),
    freshness: new Map(Object.entries(states).map(([path, state]) => [resolve(dir, path), { state, syncedAt: undefined }])),
    missingUiKeys,
    today,
  });
}
const section = (report: ContentReport, locale: Locale) => report.locales.find((r) => r.locale === locale)!;
const summary = (issues: { check: string; file: string; line?: number }[]) => issues.map((i) => `${i.check} ${i.file.replace(/^.*?itbridge-report-\w+\//, '')}${i.line ? `:${i.line}` : ''}`);

describe('buildContentReport', () => {
  it('reports, per locale, missing and stale translations and translations without an original as warnings', () => {
    const report = reportOn(
      {
        'news/en/kickoff.md': `${news()}Original.\n`,
        'news/uk/kickoff.md': `${fm()}Переклад.\n`,
        'news/bg/kickoff.md': `${fm()}Превод.\n`,
        'news/ro/orphan.md': `${fm()}Fără original.\n`,
      },
      { 'news/uk/kickoff.md': 'stale', 'news/bg/kickoff.md': 'up-to-date' },
    );
    expect(report.locales.flatMap((r) => r.errors)).toEqual([]);
    expect(summary(section(report, 'uk').warnings)).toEqual(['stale news/uk/kickoff.md']);
    expect(section(report, 'uk').warnings[0]!.message).toMatch(/news\/en\/kickoff\.md changed after this translation: update it\.$/);
    expect(summary(section(report, 'ro').warnings)).toEqual(['orphan news/ro/orphan.md', 'missing news/ro/kickoff.md']);
    expect(section(report, 'ro').warnings[0]!.message).toBe(
      'not published because its original (news/en/orphan) does not exist. Publish the original first, or set sourceLocale to the language this text was written in.',
    );
    expect(section(report, 'bg').warnings).toEqual([]);
  });

  it('reports a translation of a draft original as not published, a warning, as the build does', () => {
    const report = reportOn({ 'news/en/k.md': `${news('draft: true\n')}Original.\n`, 'news/uk/k.md': `${fm()}Переклад.\n` });
    expect(summary(section(report, 'en').warnings)).toEqual(['draft news/en/k.md']);
    expect(section(report, 'uk').warnings.map((w) => w.message)).toEqual([
      'not published because its original (news/en/k) is a draft. Publish the original first, or set sourceLocale to the language this text was written in.',
    ]);
    expect(report.locales.flatMap((r) => r.errors)).toEqual([]);
  });

  it('lists a document dated after today and its translation as scheduled, with the date, neither error nor warning', () => {
    const report = reportOn(
      {
        'partners/organisations.yaml': organisations,
        'news/en/launch.md': `${fm('pubDate: 2030-06-15\ntopics: [networking]\n')}Original.\n`,
        'news/uk/launch.md': `${fm()}Переклад.\n`,
        'news/en/kickoff.md': `${news()}Original.\n`,
        'news/uk/kickoff.md': `${fm()}Переклад.\n`,
      },
      {},
      none,
      '2030-06-14',
    );
    expect(report.locales.flatMap((r) => r.errors)).toEqual([]);
    expect(section(report, 'en').scheduled).toEqual([
      {
        severity: 'scheduled',
        check: 'scheduled',
        file: expect.stringMatching(/news\/en\/launch\.md$/),
        publishOn: '2030-06-15',
        message: 'scheduled for 2030-06-15, so not published yet: the first build on or after that day publishes it.',
      },
    ]);
    expect(section(report, 'uk').scheduled.map((i) => [i.publishOn, i.message])).toEqual([
      ['2030-06-15', 'scheduled with its original (news/en/launch) for 2030-06-15, so not published yet: the first build on or after that day publishes it.'],
    ]);
    // Not published yet is not "missing" either; the other languages may translate it before the day.
    expect(summary(section(report, 'uk').warnings)).toEqual([]);
    expect(summary(section(report, 'ro').warnings)).toEqual(['missing news/ro/kickoff.md', 'missing news/ro/launch.md']);
    // On the day, it is published like any other document.
    const onTheDay = reportOn({ 'news/en/launch.md': `${fm('pubDate: 2030-06-15\ntopics: [networking]\n')}Original.\n` }, {}, none, '2030-06-15');
    expect(report.locales.flatMap((r) => r.scheduled)).toHaveLength(2);
    expect(onTheDay.locales.flatMap((r) => r.scheduled)).toEqual([]);
  });

  it('reports what would stop a scheduled document’s build on its day now, as errors', () => {
    const report = reportOn({ 'partners/organisations.yaml': organisations, 'news/en/later.md': `${fm('pubDate: 2030-06-15\ntopics: [networking]\npartners: [beta-cluster]\n')}Text.\n` }, {}, none, '2030-06-14');
    expect(summary(section(report, 'en').errors)).toEqual(['partners news/en/later.md']);
    expect(summary(section(report, 'en').scheduled)).toEqual(['scheduled news/en/later.md']);
  });

  it('treats a document first written in Ukrainian as its own original', () => {
    const report = reportOn({ 'news/uk/local.md': `${news('sourceLocale: uk\n')}Текст.\n` });
    expect(report.locales.flatMap((r) => r.errors)).toEqual([]);
    expect(section(report, 'en').warnings.map((w) => w.check)).toEqual(['missing']);
  });

  it('reports files that disagree on sourceLocale as an error, with the build’s message', () => {
    const report = reportOn({ 'news/en/k.md': `${news('sourceLocale: en\n')}A.\n`, 'news/uk/k.md': `${fm('sourceLocale: uk\n')}Б.\n` });
    expect(section(report, 'en').errors).toMatchObject([{ check: 'source-locale', message: expect.stringMatching(/^field "sourceLocale" disagrees \(en vs uk\)\./) }]);
    expect(section(report, 'uk').warnings).toEqual([]);
  });

  it('reports what would stop the build as errors: schema, neutral fields, partners', () => {
    const report = reportOn({
      'partners/organisations.yaml': organisations,
      'news/en/k.md': `${news('partners: [beta-cluster]\n')}Original.\n`,
      'news/uk/k.md': `${fm('pubDate: 2025-02-13\n')}Переклад.\n`,
      'guides/en/g.md': `${fm()}No topics.\n`,
      'guides/en/bad.md': '---\ntitle: A title\n---\n',
    });
    expect(summary(section(report, 'en').errors)).toEqual(['schema guides/en/bad.md:1', 'partners news/en/k.md', 'neutral-fields guides/en/g.md', 'neutral-fields guides/en/g.md']);
    expect(section(report, 'en').errors[0]!.message).toBe('field "description": Required: add a one-sentence description (20–160 characters)');
    expect(summary(section(report, 'uk').errors)).toEqual(['neutral-fields news/uk/k.md']);
  });

  it('puts problems of files that belong to no language in a section of their own', () => {
    const report = reportOn({ 'partners/organisations.yaml': 'alpha-cluster:\n  name: [unclosed\n', 'guides/ua/g.md': `${fm()}Text.\n` });
    expect(summary(report.shared.errors)).toEqual(['path guides/ua/g.md', 'yaml partners/organisations.yaml:3']);
    expect(report.locales.flatMap((r) => [...r.errors, ...r.warnings])).toEqual([]);
  });

  it('adds the editorial checks the build does not make: text rules and MDX components', () => {
    const report = reportOn({
      'partners/organisations.yaml': organisations,
      'studies/en/s.mdx': `${fm('pubDate: 2025-02-13\ntopics: [training]\nstatus: planned\n')}## A\n\n#### Too deep\n\n![](/x.png)\n\n<PartnerCard id="omega" />\n`,
    });
    expect(summary(section(report, 'en').errors)).toEqual(['headings studies/en/s.mdx:10', 'image-alt studies/en/s.mdx:12', 'missing-image studies/en/s.mdx:12', 'components studies/en/s.mdx:14']);
    expect(section(report, 'en').errors[3]!.message).toBe('<PartnerCard>: id="omega" is not a partner. Use one of: alpha-cluster.');
  });

  it('reports UI strings a locale lacks, by the plural forms its language needs', () => {
    const uk = structuredClone(uiResources.uk) as { search: Record<string, unknown> };
    delete uk.search.results_few;
    const missing = findMissingUiKeys({ ...uiResources, uk });
    expect(missing.uk).toEqual(['search.results_few']);
    expect(missing.bg).toEqual([]);
    expect(section(reportOn({}, {}, missing), 'uk').errors[0]).toMatchObject({ check: 'ui-strings', file: 'src/i18n/ui/uk.json' });
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
  const runOn = (today: string, content: string, ...extra: string[]) =>
    spawnSync(process.execPath, [tsx, 'scripts/check-content.ts', '--content', content, ...extra], { cwd: root, encoding: 'utf8', env: { ...process.env, ITBRIDGE_NOW: today } });

  it('finds a translation made stale in a temporary git repository, and exits 0 on warnings only', () => {
    const repo = mkdtempSync(join(tmpdir(), 'itbridge-check-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'news/en'), { recursive: true });
    mkdirSync(join(repo, 'news/uk'), { recursive: true });
    writeFileSync(join(repo, 'news/en/a.md'), `${news()}Original.\n`);
    writeFileSync(join(repo, 'news/uk/a.md'), `${fm()}Переклад.\n`);
    commit(repo, 1_700_000_000, 'both');
    writeFileSync(join(repo, 'news/en/a.md'), `${news()}Original, corrected.\n`);
    commit(repo, 1_700_000_900, 'original changed');
    const r = run(repo, '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { files: number; errors: number; shared: { errors: unknown[] }; locales: { locale: string; warnings: { check: string; file: string }[] }[] };
    expect(json).toMatchObject({ files: 2, errors: 0, shared: { errors: [] } });
    expect(json.locales.find((l) => l.locale === 'uk')!.warnings.map((w) => w.check)).toEqual(['stale']);
  });

  it('exits 1 on an error and names the file and line in the readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-check-'));
    mkdirSync(join(dir, 'guides/ro'), { recursive: true });
    writeFileSync(join(dir, 'guides/ro/g.md'), `${fm()}## Titlu\n\nCooperare şi inovare.\n`);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\[ro\] 1 error\(s\), 1 warning\(s\)/);
    expect(r.stdout).toMatch(/ERROR orthography\s+\S*guides\/ro\/g\.md:7 — Romanian cedilla letter "ş"/);
    expect(r.stdout).toMatch(/warn  orphan\s+\S*guides\/ro\/g\.md — not published because its original/);
    expect(r.stdout).not.toContain('[all languages]');
  });

  it('takes today from ITBRIDGE_NOW and lists scheduled files with their date, exiting 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-check-'));
    mkdirSync(join(dir, 'news/en'), { recursive: true });
    writeFileSync(join(dir, 'news/en/launch.md'), `${fm('pubDate: 2030-06-15\ntopics: [networking]\n')}Original.\n`);
    const before = runOn('2030-06-14', dir);
    expect(before.status, before.stderr).toBe(0);
    expect(before.stdout).toMatch(/^Content check: 1 files, 0 error\(s\), \d+ warning\(s\), 1 scheduled$/m);
    expect(before.stdout).toContain('today is 2030-06-14, UTC');
    expect(before.stdout).toMatch(/\[en\] 0 error\(s\), 0 warning\(s\), 1 scheduled/);
    expect(before.stdout).toMatch(/^ {2}later scheduled\s+\S*news\/en\/launch\.md — scheduled for 2030-06-15, so not published yet/m);
    const json = JSON.parse(runOn('2030-06-14', dir, '--json').stdout) as { today: string; scheduled: number; locales: { locale: string; scheduled: { publishOn: string }[] }[] };
    expect(json).toMatchObject({ today: '2030-06-14', scheduled: 1 });
    expect(json.locales[0]!.scheduled[0]!.publishOn).toBe('2030-06-15');
    const onTheDay = runOn('2030-06-15', dir);
    expect(onTheDay.stdout).not.toContain('scheduled');
  });
});
