import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One file or folder found under the walked directory. */
export interface WalkedPath {
  /** The directory joined with the relative path, e.g. content/news/en/kickoff.md */
  path: string;
  /** Relative to the walked directory, with forward slashes, e.g. en/kickoff.md */
  relativePath: string;
  isDirectory: boolean;
}

/**
 * Every file and folder under `dir`, depth first, each folder before its contents, names sorted so
 * reports come out the same on every machine. A missing directory has no entries. Links
 * are followed, as the content loader follows them.
 * @example walkDirectory('content/news').filter((p) => !p.isDirectory).map((p) => p.relativePath) // ['en/kickoff.md', …]
 */
export function walkDirectory(dir: string): WalkedPath[] {
  const found: WalkedPath[] = [];
  const visit = (relative: string) => {
    let names: string[];
    try {
      names = readdirSync(relative ? join(dir, relative) : dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const relativePath = relative ? `${relative}/${name}` : name;
      const path = join(dir, relativePath);
      const isDirectory = statSync(path).isDirectory();
      found.push({ path, relativePath, isDirectory });
      if (isDirectory) visit(relativePath);
    }
  };
  visit('');
  return found;
}
