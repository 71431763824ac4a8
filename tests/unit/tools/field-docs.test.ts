import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContentSchemas, partnerIdSchema } from '../../../src/lib/content/schemas';
import { renderFieldDocs, replaceGeneratedSection } from '../../../scripts/lib/field-docs/field-docs';

const readmePath = resolve(import.meta.dirname, '../../../content/README.md');

describe('the frontmatter reference in content/README.md', () => {
  const { collections } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });
  const generated = renderFieldDocs(collections);

  it('describes every field of every collection, with whether it is required', () => {
    expect(generated).toContain('### news');
    expect(generated).toMatch(/\| `title` \| required \| Headline in the language of the folder, 3–120 characters/);
    expect(generated).toMatch(/\| `pubDate` \| optional \| Publication date, YYYY-MM-DD\. A later day schedules the entry: .* Original-language file only/);
    expect(generated).toMatch(/### organisations[\s\S]*\| `country` \| required \|/);
    expect(generated).not.toMatch(/\|\s*\|$/m);
  });

  it('is up to date with the schemas (run npm run docs:fields after changing a schema)', () => {
    // Only checks: scripts/docs-fields.ts is what rewrites the file.
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme, 'content/README.md is out of date: run npm run docs:fields').toBe(replaceGeneratedSection(readme, generated));
  });
});
