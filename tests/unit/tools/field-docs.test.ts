import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContentSchemas, draftSchema, partnerIdSchema, pubDateSchema, titleSchema } from '../../../src/lib/content/schemas';
import { fieldStatus, renderFieldDocs, replaceGeneratedSection } from '../../../scripts/lib/field-docs/field-docs';

const readmePath = resolve(import.meta.dirname, '../../../content/README.md');

describe('the frontmatter reference in content/README.md', () => {
  const { collections } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });
  const generated = renderFieldDocs(collections);

  it('describes every field of every collection, with whether it is required', () => {
    expect(generated).toContain('### news');
    expect(generated).toMatch(/\| `title` \| required \| Headline in the language of the folder, 3–120 characters/);
    expect(generated).toMatch(/\| `pubDate` \| required in the original; not in translations \| Publication date, YYYY-MM-DD\. A later day schedules the entry: .* Original-language file only/);
    expect(generated).toMatch(/### organisations[\s\S]*\| `country` \| required \|/);
    expect(generated).not.toMatch(/\|\s*\|$/m);
  });

  it('says where a language-neutral field goes: required or optional in the original, never in a translation', () => {
    const section = (name: string) => generated.split('### ').find((s) => s.startsWith(`${name}\n`)) ?? '';
    expect(section('news')).toMatch(/\| `topics` \| required in the original; not in translations \|/);
    expect(section('news')).toMatch(/\| `partners` \| optional, in the original only; not in translations \|/);
    expect(section('news')).toMatch(/\| `location` \| optional \|/);
    expect(section('studies')).toMatch(/\| `status` \| required in the original; not in translations \|/);
    // Pages have no neutral fields: each language version has its own updatedDate.
    expect(section('pages')).toMatch(/\| `updatedDate` \| optional \| .*this language version/);
    expect(section('pages')).not.toMatch(/Original-language file only/);
    expect(section('news')).toMatch(/\| `draft` \| optional \(default: false\) \|/);
  });

  it('labels one field from its schema and the collection\'s neutral fields', () => {
    const spec = { neutral: ['pubDate', 'updatedDate'], requiredNeutral: ['pubDate'] };
    expect(fieldStatus(pubDateSchema.optional(), 'pubDate', spec)).toBe('required in the original; not in translations');
    expect(fieldStatus(pubDateSchema.optional(), 'updatedDate', spec)).toBe('optional, in the original only; not in translations');
    expect(fieldStatus(pubDateSchema.optional(), 'pubDate')).toBe('optional');
    expect(fieldStatus(titleSchema, 'title', spec)).toBe('required');
    expect(fieldStatus(draftSchema, 'draft', spec)).toBe('optional (default: false)');
  });

  it('is up to date with the schemas (run npm run docs:fields after changing a schema)', () => {
    // Only checks: scripts/docs-fields.ts is what rewrites the file.
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme, 'content/README.md is out of date: run npm run docs:fields').toBe(replaceGeneratedSection(readme, generated));
  });
});
