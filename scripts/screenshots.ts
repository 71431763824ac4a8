/**
 * `npm run screenshots`: every template in every locale at 320, 375 and 1280 px, full page, written to
 * reports/screenshots/<locale>/<template>-<width>.png for a person to review (nothing is asserted; the
 * layout checks in tests/e2e/layout.spec.ts assert). Serves the built dist/, so run `npm run build` first.
 *
 *   npm run screenshots                      # everything
 *   npm run screenshots -- --only guide,search --locales uk,en --widths 375
 *   npm run screenshots -- --only home --locales en --jpeg --max-height 3000 --out docs/design/after
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { startPreview } from './lib/preview-server';
import { screenshotTargets } from './lib/content-samples';
import { isLocale, locales, type Locale } from '../src/i18n/locales';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    locales: { type: 'string' },
    widths: { type: 'string', default: '320,375,1280' },
    out: { type: 'string', default: 'reports/screenshots' },
    port: { type: 'string', default: '4335' },
    /** JPEG (quality 70) for a small copy to keep in the repository, e.g. docs/design/. */
    jpeg: { type: 'boolean', default: false },
    /** Cut long pages at this many CSS pixels (the top of the page is what a review compares). */
    'max-height': { type: 'string' },
  },
});
const list = (value: string | undefined) => value?.split(',').map((s) => s.trim()).filter(Boolean);
const chosenLocales = (list(values.locales) ?? [...locales]).map((l) => {
  if (!isLocale(l)) throw new Error(`--locales: "${l}" is not one of ${locales.join(', ')}`);
  return l;
});
const widths = list(values.widths)!.map(Number);
const only = list(values.only);
const outDir = resolve(values.out!);
if (!only && !values.locales) rmSync(outDir, { recursive: true, force: true });

const { origin, stop } = await startPreview(Number(values.port));
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
let count = 0;
try {
  for (const locale of chosenLocales as Locale[]) {
    const targets = screenshotTargets(locale).filter((t) => !only || only.includes(t.name));
    mkdirSync(join(outDir, locale), { recursive: true });
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 740 : 900 } });
      for (const target of targets) {
        await page.goto(origin + target.path, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(outDir, locale, `${target.name}-${width}.${values.jpeg ? 'jpg' : 'png'}`);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const cut = values['max-height'] ? Math.min(height, Number(values['max-height'])) : height;
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: cut },
          ...(values.jpeg ? { type: 'jpeg' as const, quality: 70 } : {}),
        });
        count++;
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`${count} screenshots in ${outDir}`);
