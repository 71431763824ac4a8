import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** One file or folder found under the walked directory. */
export interface WalkedPath {
  /** The directory joined with the relative path, e.g. content/news/en/kickoff.md */
  path: string;
  /** Relative to the walked directory, with forward slashes, e.g. en/kickoff.md */
  relativePath: string;
  isDirectory: boolean;
  /**
   * Where a symbolic link points, as written in the link (e.g. /etc/passwd); undefined for a real
   * file or folder. A link is listed but never followed: it is neither a directory nor read.
   */
  linkTarget?: string | undefined;
}

/**
 * Every file and folder under `dir`, depth first, each folder before its contents, names sorted so
 * reports come out the same on every machine. A missing directory has no entries. Symbolic links are
 * listed with their target and not followed, so a link can neither pull a file from outside the
 * repository into a check unnoticed nor send the walk round a loop (`loop -> ..`).
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
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        found.push({ path, relativePath, isDirectory: false, linkTarget: readlinkSync(path) });
        continue;
      }
      const isDirectory = stats.isDirectory();
      found.push({ path, relativePath, isDirectory });
      if (isDirectory) visit(relativePath);
    }
  };
  visit('');
  return found;
}

/**
 * The symbolic links under `dir` (content/ or public/), none followed. The build refuses them: a link
 * publishes whatever it points at on the build machine (`public/leak.txt -> /etc/hostname`), and
 * Astro's loaders would follow a loop until the system says ELOOP.
 * @example findSymbolicLinks('public') // [{ relativePath: 'downloads/leak.pdf', linkTarget: '/etc/passwd', … }]
 */
export function findSymbolicLinks(dir: string): (WalkedPath & { linkTarget: string })[] {
  return walkDirectory(dir).filter((p): p is WalkedPath & { linkTarget: string } => p.linkTarget !== undefined);
}
