/**
 * The W3C Nu HTML Checker (vnu.jar from the pinned npm package vnu-jar) over a built site: one Java
 * process for every file, errors only, its JSON report read back into page, line and message. The
 * gate over dist/ (tests/site/nu-html.test.ts) and the planted-defect build (tests/build/nu-html.test.ts)
 * share it. It needs Java 17 or later as `java` on PATH.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './dist';

/** The jar the pinned vnu-jar package ships (its main export is the jar's path). */
export const nuCheckerJar: string = String(createRequire(import.meta.url)('vnu-jar'));

/** What the checker judges: the pages, and the stylesheets and SVG images beside them. */
const checkedExtensions = ['.html', '.css', '.svg'] as const;

/**
 * Folders of the build that are not the site's own markup or styles, each with its reason. A path is
 * relative to the build folder, with `/`.
 */
export const uncheckedFolders: Readonly<Record<string, string>> = {
  // Pagefind writes its own UI stylesheets beside each index; no page links them (our search element has its own styles).
  'pagefind/': 'Pagefind’s index and UI files, linked by no page',
  'pagefind-untranslated/': 'Pagefind’s second index, linked by no page',
};

/**
 * Every file under `dir` the checker judges, as full paths in a stable order: HTML, CSS and SVG,
 * outside {@link uncheckedFolders}.
 * @example listCheckedFiles('dist') // ['dist/404.html', 'dist/_astro/site.B0UBGPEE.css', …, 'dist/favicon.svg', …]
 */
export function listCheckedFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => {
    const path = relative(dir, file).split(sep).join('/');
    return checkedExtensions.some((ext) => path.endsWith(ext)) && !Object.keys(uncheckedFolders).some((folder) => path.startsWith(folder));
  });
}

/**
 * The checker's arguments for these files: errors only (warnings are advice), CSS and SVG files
 * checked as what they are, a JSON report on stdout, and exit status 0 whatever it finds, so that a
 * non-zero status means the checker itself failed.
 */
export function nuCheckerArgs(files: readonly string[]): string[] {
  return ['-jar', nuCheckerJar, '--errors-only', '--also-check-css', '--also-check-svg', '--format', 'json', '--stdout', '--exit-zero-always', ...files];
}

/** One error the checker reports. */
export interface NuMessage {
  /** The file's full path; undefined for an error about no file (the checker's own). */
  file: string | undefined;
  /** 1-based line and column where the error starts; undefined when the checker gives none. */
  line: number | undefined;
  column: number | undefined;
  message: string;
}

/** One message of the checker's JSON format (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface NuJsonMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message?: string;
}

/**
 * The errors of the checker's JSON report. With --also-check-css, vnu 26.9.27 counts the lines of HTML
 * and SVG files from 0 (CSS files, and every file without that option, from 1), so those lines get 1
 * added; tests/build/nu-html.test.ts finds its planted error at the line the page really has, and fails
 * if a later vnu-jar counts differently.
 * @example parseNuReport('{"messages":[{"type":"error","url":"file:/d/a.html","lastLine":0,"firstColumn":3,"message":"Stray start tag “script”."}]}')
 * // [{ file: '/d/a.html', line: 1, column: 3, message: 'Stray start tag “script”.' }]
 */
export function parseNuReport(json: string): NuMessage[] {
  const report = JSON.parse(json) as { messages?: NuJsonMessage[] };
  return (report.messages ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : m.url;
      const line = m.firstLine ?? m.lastLine;
      const countsFromZero = file !== undefined && !file.endsWith('.css');
      return {
        file,
        line: line === undefined ? undefined : line + (countsFromZero ? 1 : 0),
        // The first line and column are left out when they are the last ones.
        column: m.firstColumn ?? m.lastColumn,
        message: `${m.subType === 'fatal' ? '(fatal) ' : ''}${m.message ?? m.type}`,
      };
    });
}

/**
 * One error as a line of a test failure: the file relative to the build folder, line, column, message.
 * @example formatNuMessage({ file: '/r/dist/en/search/index.html', line: 1, column: 11909, message: 'Stray start tag “script”.' }, '/r/dist')
 * // '/en/search/index.html:1:11909 Stray start tag “script”.'
 */
export function formatNuMessage(m: NuMessage, dir: string): string {
  const where = m.file === undefined ? '(checker)' : `/${relative(dir, m.file).split(sep).join('/')}`;
  return `${where}:${m.line ?? '?'}:${m.column ?? '?'} ${m.message}`;
}

/**
 * Runs the checker once over all `files` (one Java start-up for the whole site) and returns its errors.
 * Rejects, saying what to do, when `java` is missing or the checker fails. No time limit of its own:
 * the caller's test limit (minutes, scaled for busy machines) applies.
 */
export function runNuChecker(files: readonly string[]): Promise<NuMessage[]> {
  if (files.length === 0) return Promise.resolve([]);
  return new Promise((done, fail) => {
    const child = spawn('java', nuCheckerArgs(files), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ENOENT'
          ? new Error('The Nu HTML Checker needs Java 17 or later, and `java` is not on PATH. Install a Java runtime (Debian: apt-get install openjdk-17-jre-headless) and run the tests again.')
          : error,
      ),
    );
    child.on('close', (status) => {
      if (status !== 0) {
        fail(new Error(`The Nu HTML Checker (java ${nuCheckerArgs([]).join(' ')} …) exited with status ${status}; it needs Java 17 or later.\n${stderr.trim()}`));
        return;
      }
      try {
        done(parseNuReport(stdout));
      } catch (error) {
        fail(new Error(`The Nu HTML Checker wrote no JSON report (${String(error)}).\n${stderr.trim()}`));
      }
    });
  });
}
