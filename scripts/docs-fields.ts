/**
 * npm run docs:fields [-- --check]
 * Writes the frontmatter reference in content/README.md (between the fields:start and fields:end
 * markers) from the collection schemas' own `.describe()` texts: the same zod objects the build
 * validates with (src/lib/content/schemas.ts). With --check, writes nothing and exits 1 when the file
 * is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContentSchemas, partnerIdSchema } from '../src/lib/content/schemas';
import { renderFieldDocs, replaceGeneratedSection } from './lib/field-docs/field-docs';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'content/README.md');
const check = process.argv.includes('--check');

const { collections } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });
const readme = readFileSync(readmePath, 'utf8');
const updated = replaceGeneratedSection(readme, renderFieldDocs(collections));
if (updated === readme) {
  console.log('content/README.md: the field reference is up to date.');
} else if (check) {
  console.error('content/README.md: the field reference is out of date. Run npm run docs:fields and commit the result.');
  process.exit(1);
} else {
  writeFileSync(readmePath, updated);
  console.log('content/README.md: field reference rewritten from the schemas.');
}
