/**
 * npm run bench -- --per-locale N [--seed S] [--keep]
 * Generates a deterministic synthetic corpus (N documents per locale in the original language, about 80 %
 * of them translated into each other locale) in a temporary directory — never in content/ — builds the
 * site from it, and prints one table: pages, wall and CPU seconds per phase, peak memory, output size,
 * search index size per language, pages per second and per-page cost, and the share images (drawn on a
 * cold cache, then a second, warm build that reuses them; `--no-warm` skips it). Then checks the per-page
 * budgets on that build and on the real site (dist/, if built). Exit code 1 when a budget is exceeded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './lib/bench/corpus';
import { previewOrigin } from '../src/env';
import { walkDirectory } from '../src/lib/checks/walk';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const perLocale = Number(option('--per-locale', '100'));
const seed = Number(option('--seed', '2025'));
if (!Number.isInteger(perLocale) || perLocale < 1) throw new Error('--per-locale needs a positive whole number');

const work = mkdtempSync(join(tmpdir(), `itbridge-bench-${perLocale}-`));
const content = join(work, 'content');
const dist = join(work, 'dist');
const timingsFile = join(work, 'timings.json');

const t0 = performance.now();
const corpus = generateCorpus({ perLocale, seed });
for (const file of corpus.files) {
  mkdirSync(join(content, file.path, '..'), { recursive: true });
  writeFileSync(join(content, file.path), file.text);
}
const generateSeconds = (performance.now() - t0) / 1000;

/** One build of the synthetic site; a second one reuses Astro's cache (and the share images in it). */
function buildSynthetic(): number {
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    // The synthetic site is never deployed: it names the preview address, so CI does not take it for a deployment.
    env: { ...process.env, ITBRIDGE_CONTENT_DIR: content, ITBRIDGE_OUT_DIR: dist, ITBRIDGE_CACHE_DIR: join(work, 'cache'), ITBRIDGE_TIMINGS: timingsFile, SITE_URL: previewOrigin, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    throw new Error(`the synthetic build failed (exit ${build.status}); corpus kept in ${work}`);
  }
  return (performance.now() - started) / 1000;
}
interface ShareStats { pages: number; images: number; drawn: number; reused: number; wallSeconds: number; cpuSeconds: number }
const readShare = () => JSON.parse(readFileSync(`${timingsFile}.share`, 'utf8')) as ShareStats;
const totalWall = buildSynthetic();
const shareCold = readShare();

interface Mark { at: number; cpu: number }
const { marks, maxRssKb } = JSON.parse(readFileSync(timingsFile, 'utf8')) as { marks: Record<string, Mark>; maxRssKb: number };
const search = JSON.parse(readFileSync(`${timingsFile}.search`, 'utf8')) as { wall: number; cpu: number };
const span = (a: string, b: string) => ({ wall: (marks[b]!.at - marks[a]!.at) / 1000, cpu: marks[b]!.cpu - marks[a]!.cpu });

const listFiles = (dir: string) => walkDirectory(dir).filter((p) => !p.isDirectory).map((p) => p.path);
const files = listFiles(dist);
const pages = files.filter((f) => f.endsWith('.html')).length;
const outputBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const shareBytes = files.filter((f) => f.startsWith(join(dist, 'og') + '/')).reduce((n, f) => n + statSync(f).size, 0);
const indexBytes: Record<string, number> = {};
for (const f of files.filter((f) => f.includes('/pagefind/'))) {
  const lang = /\/(?:index|fragment|filter)\/(en|uk|ro|es|bg)_|pagefind\.(en|uk|ro|es|bg)_/.exec(f);
  if (lang) indexBytes[lang[1] ?? lang[2]!] = (indexBytes[lang[1] ?? lang[2]!] ?? 0) + statSync(f).size;
}

const warm = args.includes('--no-warm') ? undefined : { wall: buildSynthetic(), share: readShare() };

const sync = span('configured', 'synced');
const render = span('synced', 'generated');
const after = span('generated', 'done');
const rows = [
  ['documents (files)', corpus.files.length],
  ['pages emitted', pages],
  ['content generation, s (not part of the build)', generateSeconds.toFixed(2)],
  ['content sync, wall s / CPU s', `${sync.wall.toFixed(2)} / ${sync.cpu.toFixed(2)}`],
  ['render (bundle + pages), wall s / CPU s', `${render.wall.toFixed(2)} / ${render.cpu.toFixed(2)}`],
  ['search index, wall s (Pagefind runs in its own process)', search.wall.toFixed(2)],
  ['share images drawn (cold cache) / images', `${shareCold.drawn} / ${shareCold.images}`],
  ['share images, cold: wall s / CPU s', `${shareCold.wallSeconds.toFixed(2)} / ${shareCold.cpuSeconds.toFixed(2)}`],
  ['share images, cold: ms per image drawn, wall / CPU', `${((shareCold.wallSeconds * 1000) / Math.max(shareCold.drawn, 1)).toFixed(1)} / ${((shareCold.cpuSeconds * 1000) / Math.max(shareCold.drawn, 1)).toFixed(1)}`],
  ...(warm
    ? [
        ['share images, warm (second build): drawn / reused', `${warm.share.drawn} / ${warm.share.reused}`],
        ['share images, warm: wall s / CPU s', `${warm.share.wallSeconds.toFixed(2)} / ${warm.share.cpuSeconds.toFixed(2)}`],
        ['whole second build (warm cache), wall s', warm.wall.toFixed(2)],
      ]
    : []),
  ['sitemap and other after-build steps, wall s', (after.wall - search.wall - shareCold.wallSeconds).toFixed(2)],
  ['whole build, wall s (incl. startup)', totalWall.toFixed(2)],
  ['peak memory (build process), MB', (maxRssKb / 1024).toFixed(0)],
  ['output size, MB', (outputBytes / 1e6).toFixed(1)],
  ['of which share images, MB', (shareBytes / 1e6).toFixed(1)],
  ...Object.entries(indexBytes).sort().map(([l, b]) => [`search index ${l}, KB`, (b / 1000).toFixed(0)]),
  ['pages per second (whole build)', (pages / totalWall).toFixed(1)],
  ['ms per page (whole build)', ((totalWall * 1000) / pages).toFixed(2)],
  ['ms per page (render phase)', ((render.wall * 1000) / pages).toFixed(2)],
];
console.log(`\nBenchmark: --per-locale ${perLocale} --seed ${seed} (${new Date().toISOString().slice(0, 10)}, ${process.version})`);
console.table(Object.fromEntries(rows.map(([k, v]) => [k, { value: v }])));

// ---- Per-page budgets -----------------------------------------------------------------------------
const budgets = { cssGzip: 15_000, guideHtmlGzip: 30_000, articleJs: 0 };
function pageBudgets(root: string, label: string): string[] {
  const problems: string[] = [];
  const guides = listFiles(root).filter((f) => /\/guides\/[^/]+\/index\.html$/.test(f));
  if (!guides.length) return [`${label}: no guide pages found`];
  const gz = guides.map((f) => gzipSync(readFileSync(f)).length).sort((a, b) => a - b);
  const median = gz[Math.floor(gz.length / 2)]!;
  const sample = readFileSync(guides[0]!, 'utf8');
  const css = [...sample.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gzipSync(readFileSync(join(root, m[1]!))).length).reduce((a, b) => a + b, 0);
  const scripts = guides.filter((f) => /<script(?![^>]*type="application\/ld\+json")/.test(readFileSync(f, 'utf8'))).length;
  console.log(`${label}: guide HTML gzip median ${median} B (max ${gz.at(-1)} B, budget ${budgets.guideHtmlGzip}); CSS gzip ${css} B (budget ${budgets.cssGzip}); guide pages with JavaScript: ${scripts} (budget ${budgets.articleJs})`);
  if (median > budgets.guideHtmlGzip) problems.push(`${label}: typical guide HTML ${median} B gzip > ${budgets.guideHtmlGzip}`);
  if (css > budgets.cssGzip) problems.push(`${label}: CSS ${css} B gzip > ${budgets.cssGzip}`);
  if (scripts > budgets.articleJs) problems.push(`${label}: ${scripts} guide pages load JavaScript`);
  return problems;
}
const problems = [...pageBudgets(dist, `synthetic (N=${perLocale})`), ...(existsSync('dist/index.html') ? pageBudgets('dist', 'real site') : [])];

// Search: bytes for a first and a second query on the synthetic build (first query budget 200 KB).
const searchRun = spawnSync('npx', ['tsx', 'scripts/search-budget.ts', '--synthetic'], {
  env: { ...process.env, ITBRIDGE_OUT_DIR: dist },
  encoding: 'utf8',
});
console.log(searchRun.stdout.replace(/^npm warn.*\n/gm, ''));
if (searchRun.status !== 0) problems.push(`search budget on the synthetic build failed:\n${searchRun.stderr.slice(-2000)}`);
mkdirSync('reports', { recursive: true });
writeFileSync(`reports/bench-${perLocale}.json`, JSON.stringify({ perLocale, seed, rows, indexBytes, shareImages: { cold: shareCold, warm: warm?.share }, problems }, null, 2));
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(problems.length ? `budgets exceeded:\n  ${problems.join('\n  ')}` : 'all per-page budgets hold');
process.exit(problems.length ? 1 : 0);
