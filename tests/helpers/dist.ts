import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir` whose name ends with `ext`, as full paths in a stable (sorted) order; the
 * one directory walker the test suites share.
 * @example listFiles('dist', '.html') // ['dist/404.html', 'dist/bg/404/index.html', …]
 */
export function listFiles(dir: string, ext = ''): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
