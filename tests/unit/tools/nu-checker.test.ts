import { describe, it, expect, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatNuMessage, listCheckedFiles, nuCheckerArgs, parseNuReport, runNuChecker } from '../../helpers/nu-checker';

// The checker itself runs in tests/site/nu-html.test.ts (over dist/) and tests/build/bad-input.test.ts (a planted defect).
describe('the Nu HTML Checker helper', () => {
  let dir: string | undefined;
  const originalPath = process.env.PATH;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
    process.env.PATH = originalPath;
  });

  it('checks the site’s HTML, CSS and SVG files, the editor’s page included, not Pagefind’s files or anything else', () => {
    dir = mkdtempSync(join(tmpdir(), 'itbridge-nu-'));
    for (const path of ['index.html', 'en/index.html', '_astro/site.css', 'logo.svg', 'robots.txt', 'en/rss.xml', 'admin/index.html', 'admin/sveltia-cms.js', 'pagefind/pagefind-ui.css', 'pagefind-untranslated/x.css']) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), '');
    }
    expect(listCheckedFiles(dir).map((f) => f.slice(dir!.length + 1))).toEqual(['_astro/site.css', 'admin/index.html', 'en/index.html', 'index.html', 'logo.svg']);
  });

  it('asks for errors only, CSS and SVG checked as such, JSON on stdout and exit status 0, all files in one run', () => {
    const args = nuCheckerArgs(['a.html', 'b.css']);
    expect(args.slice(0, 2)).toEqual(['-jar', expect.stringMatching(/vnu-jar\/build\/dist\/vnu\.jar$/)]);
    expect(args).toEqual(expect.arrayContaining(['--errors-only', '--also-check-css', '--also-check-svg', '--stdout', '--exit-zero-always']));
    expect(args.slice(args.indexOf('--format'), args.indexOf('--format') + 2)).toEqual(['--format', 'json']);
    expect(args.slice(-2)).toEqual(['a.html', 'b.css']);
  });

  it('reads errors with 1-based lines: HTML and SVG lines, which vnu counts from 0 beside --also-check-css, get 1 added', () => {
    const report = JSON.stringify({
      messages: [
        { type: 'error', url: 'file:/site/en/index.html', lastLine: 0, firstColumn: 12, lastColumn: 20, message: 'Stray start tag “script”.' },
        { type: 'error', subType: 'fatal', url: 'file:/site/en/index.html', lastLine: 0, firstColumn: 12, message: 'Cannot recover after last error.' },
        { type: 'error', url: 'file:/site/logo.svg', firstLine: 2, lastLine: 3, firstColumn: 1, message: 'Bad element.' },
        { type: 'error', url: 'file:/site/_astro/site.css', lastLine: 1, lastColumn: 7, message: 'CSS: “colr”: Property “colr” doesn’t exist.' },
        { type: 'info', subType: 'warning', url: 'file:/site/en/index.html', lastLine: 0, message: 'A warning.' },
        { type: 'non-document-error', message: 'IO error.' },
      ],
    });
    expect(parseNuReport(report).map((m) => formatNuMessage(m, '/site'))).toEqual([
      '/en/index.html:1:12 Stray start tag “script”.',
      '/en/index.html:1:12 (fatal) Cannot recover after last error.',
      '/logo.svg:3:1 Bad element.',
      '/_astro/site.css:1:7 CSS: “colr”: Property “colr” doesn’t exist.',
      '(checker):?:? IO error.',
    ]);
  });

  it('says that Java is needed when `java` is not on PATH', async () => {
    process.env.PATH = '/nonexistent';
    await expect(runNuChecker(['a.html'])).rejects.toThrow(/needs Java 17 or later, and `java` is not on PATH/);
  });

  it('starts no Java process for no files', async () => {
    process.env.PATH = '/nonexistent';
    await expect(runNuChecker([])).resolves.toEqual([]);
  });
});
