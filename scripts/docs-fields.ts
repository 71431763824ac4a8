/**
 * npm run docs:fields [-- --check]
 * Writes the frontmatter reference in content/README.md (between the fields:start and fields:end
 * markers) from the collection schemas' own `.describe()` texts. With --check, writes nothing and
 * exits 1 when the file is out of date. The schemas import Astro's virtual `astro:content` module, so
 * they are loaded through Vite with Astro's plugins, as the site build loads them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { getViteConfig } from 'astro/config';
import { renderFieldDocs, replaceGeneratedSection, type CollectionSchemas } from './lib/field-docs/field-docs';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'content/README.md');
const check = process.argv.includes('--check');

const viteConfig = await getViteConfig({ logLevel: 'error' })({ command: 'serve', mode: 'development' });
const { module } = await runnerImport<{ collections: CollectionSchemas }>(resolve(root, 'src/content.config.ts'), { ...viteConfig, configFile: false });

const readme = readFileSync(readmePath, 'utf8');
const updated = replaceGeneratedSection(readme, renderFieldDocs(module.collections));
if (updated === readme) {
  console.log('content/README.md: the field reference is up to date.');
} else if (check) {
  console.error('content/README.md: the field reference is out of date. Run npm run docs:fields and commit the result.');
  process.exit(1);
} else {
  writeFileSync(readmePath, updated);
  console.log('content/README.md: field reference rewritten from the schemas.');
}
