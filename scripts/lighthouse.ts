/**
 * Lighthouse in Debian's Chromium on one article per locale, against the built site served locally.
 * Accessibility, best practices and SEO must score 100 (asserted); performance is reported only, since
 * timings on shared machines are noise. Writes reports/lighthouse.json; exits non-zero on a miss.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startPreview } from './lib/preview-server';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { articlePerLocale } from './lib/content-samples';

const port = 4331;
// One real article per locale, each locale taking another collection, picked from content/.
const articles = articlePerLocale().map(([, path]) => path);
const asserted = ['accessibility', 'best-practices', 'seo'] as const;

const server = await startPreview(port);
const { origin } = server;
const rows: Record<string, string | number>[] = [];
const misses: string[] = [];
try {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    for (const path of articles) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', ...asserted], formFactor: 'mobile' });
      const categories = result!.lhr.categories;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({ page: path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
      for (const id of asserted) {
        if (score(id) < 100) {
          const failing = Object.values(result!.lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id);
          misses.push(`${path} ${id} ${score(id)}: ${failing.join(', ')}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.stop();
}
console.table(rows);
if (misses.length) console.log(`below 100:\n  ${misses.join('\n  ')}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ rows, misses, passed: rows.length - new Set(misses.map((m) => m.split(' ')[0])).size, failed: new Set(misses.map((m) => m.split(' ')[0])).size }, null, 2));
process.exit(misses.length ? 1 : 0);
