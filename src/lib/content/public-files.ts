import { statSync } from 'node:fs';
import { publicDir } from '../../env';

const sizes = new Map<string, number>();

/**
 * Size in bytes of a file served from public/ (e.g. `/downloads/study.pdf`), read once per build:
 * a study's downloads are listed on its page in every locale.
 * @example publicFileSize('/downloads/fixture-report.pdf') // 112
 */
export function publicFileSize(path: string): number {
  let size = sizes.get(path);
  if (size === undefined) {
    size = statSync(`${publicDir}${path}`).size;
    sizes.set(path, size);
  }
  return size;
}
