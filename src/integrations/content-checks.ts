import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { findInvalidDates } from '../lib/checks/dates';
import { findOrthographyProblems } from '../lib/checks/orthography';
import { isLocale } from '../i18n/locales';
import { findDuplicateEntries, findReservedPageSlugs } from '../lib/content/entry-path';
import { collectionNames } from '../lib/content/collections';

function listMarkdown(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listMarkdown(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

/**
 * Checks of the content tree that the collection schemas cannot make: dates as written (YAML silently
 * rolls 2025-13-45 over into a valid date), two files resolving to the same page, and orthography
 * (Romanian ș ț, the Ukrainian apostrophe, current Ukrainian place names). Every problem
 * found is reported at once, each with file, field and fix; the build stops before anything is rendered.
 */
export function checkContentTree(contentDir: string): string[] {
  const problems: string[] = [];
  for (const collection of collectionNames) {
    const dir = join(contentDir, collection);
    const files = listMarkdown(dir);
    const relativePaths = files.map((f) => relative(dir, f));
    problems.push(...findDuplicateEntries(relativePaths, join(contentDir, collection)));
    if (collection === 'pages') problems.push(...findReservedPageSlugs(relativePaths, join(contentDir, collection)));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      problems.push(...findInvalidDates(text, file));
      const locale = relative(dir, file).split('/')[0];
      if (isLocale(locale)) {
        problems.push(...findOrthographyProblems(text, locale).map((p) => `${file}:${p.line}: ${p.message}`));
      }
    }
  }
  return problems;
}

export default function contentChecks(contentDir: string): AstroIntegration {
  return {
    name: 'itbridge:content-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        const problems = checkContentTree(contentDir);
        if (problems.length) {
          throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n- ${problems.join('\n- ')}`);
        }
      },
    },
  };
}
