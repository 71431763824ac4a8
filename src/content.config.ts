import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir, publicDir } from './env';
import { parseEntryPath } from './lib/content/entry-path';
import type { CollectionName } from './lib/content/collections';
import { createContentSchemas } from './lib/content/schemas';

/**
 * One glob loader per collection. The entry id is `<locale>/<slug>`, derived from the path only; a file
 * outside a locale folder stops the build here. Two files with one id are caught by the content checks.
 */
function localizedCollection(name: CollectionName) {
  const base = `${contentDir}/${name}`;
  return glob({
    pattern: '**/*.{md,mdx}',
    base,
    generateId: ({ entry }) => parseEntryPath(entry, base).id,
  });
}

// The schemas live in lib/content/schemas.ts so that npm run check:content validates with the same ones.
const { collections: schemas } = createContentSchemas({ partnerReference: reference('organisations'), publicDir });

export const collections = {
  news: defineCollection({ loader: localizedCollection('news'), schema: schemas.news }),
  guides: defineCollection({ loader: localizedCollection('guides'), schema: schemas.guides }),
  studies: defineCollection({ loader: localizedCollection('studies'), schema: schemas.studies }),
  partners: defineCollection({ loader: localizedCollection('partners'), schema: schemas.partners }),
  pages: defineCollection({ loader: localizedCollection('pages'), schema: schemas.pages }),
  organisations: defineCollection({ loader: file(`${contentDir}/partners/organisations.yaml`), schema: schemas.organisations }),
};
