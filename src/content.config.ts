import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { locales } from './i18n/locales';
import { contentDir, publicDir } from './env';
import { parseEntryPath } from './lib/content/entry-path';
import type { CollectionName } from './lib/content/collections';
import { topicKeys, countryCodes, partnerRoles, studyStatuses } from './lib/content/taxonomy';


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

// ---- Fields every localized file has -------------------------------------------------------------
const title = z
  .string({ error: (issue) => (issue.input === undefined ? 'Required: add a title line, e.g. title: ITBridge kicks off in Cluj-Napoca' : 'must be text') })
  .trim()
  .min(3, { error: 'must be at least 3 characters' })
  .max(120, { error: 'must be at most 120 characters: shorten the headline' })
  .describe('Headline in the language of the folder, 3–120 characters. Example: "ITBridge kicks off in Cluj-Napoca"');
const description = z
  .string({ error: (issue) => (issue.input === undefined ? 'Required: add a one-sentence description (20–160 characters)' : 'must be text') })
  .trim()
  .min(20, { error: 'must be at least 20 characters: one full sentence' })
  .max(160, { error: 'must be at most 160 characters: search engines cut longer descriptions' })
  .describe('One-sentence summary for listings, search engines and link previews, 20–160 characters.');
const draft = z
  .boolean()
  .default(false)
  .describe('true keeps this file off the site (in this language only). Example: draft: true');
const sourceLocale = z
  .enum(locales)
  .optional()
  .describe(`Only for documents first written in a language other than English: the code of that language (${locales.join(', ')}). Example: sourceLocale: uk`);

// ---- Language-neutral facts: written once, in the original-language file only --------------------
const pubDate = z.coerce
  .date()
  .describe('Publication date, YYYY-MM-DD. Original-language file only; translations inherit it. Example: pubDate: 2025-02-13');
const updatedDate = z.coerce
  .date()
  .optional()
  .describe('Date of the last substantive change, YYYY-MM-DD. Original-language file only. Example: updatedDate: 2025-03-01');
const topics = z
  .array(z.enum(topicKeys))
  .max(5)
  .describe(`Up to five topics from the closed list: ${topicKeys.join(', ')}. Original-language file only.`);
const partners = z
  .array(reference('organisations'))
  .max(10)
  .describe('Partner ids from content/partners/organisations.yaml, e.g. [transilvania-it-cluster]. Original-language file only.');

const localizedFields = { title, description, draft, sourceLocale };
const neutralFields = {
  pubDate: pubDate.optional(),
  updatedDate,
  topics: topics.optional(),
  partners: partners.optional(),
};

const news = defineCollection({
  loader: localizedCollection('news'),
  schema: z.object({
    ...localizedFields,
    ...neutralFields,
    location: z
      .string()
      .trim()
      .max(60)
      .optional()
      .describe('Dateline place, written in the language of the file. Example: location: Клуж-Напока'),
  }).strict(),
});

const guides = defineCollection({
  loader: localizedCollection('guides'),
  schema: z.object({ ...localizedFields, ...neutralFields }).strict(),
});

const studies = defineCollection({
  loader: localizedCollection('studies'),
  schema: z
    .object({
      ...localizedFields,
      ...neutralFields,
      keyFindings: z
        .array(z.string().trim().min(10).max(300))
        .max(8)
        .optional()
        .describe('Up to eight key findings, one sentence each, in the language of the file. Shown before the text.'),
      downloads: z
        .array(
          z
            .object({
              title: z.string().trim().min(3).max(120).describe('What the file is, in the language of the page.'),
              file: z
                .string()
                .regex(/^\/downloads\/[a-z0-9-]+\.(pdf|xlsx|csv|docx|odt|ods|zip)$/, {
                  error: 'must be a path like /downloads/eu-ukraine-study-2025.pdf (pdf, xlsx, csv, docx, odt, ods or zip)',
                })
                .refine((path) => existsSync(`${publicDir}${path}`), {
                  error: 'names a file that is not in public/downloads/: add the file or correct the name',
                }),
              lang: z.enum(locales).describe('Language of the file itself, e.g. en.'),
            })
            .strict(),
        )
        .max(10)
        .optional()
        .describe('Files readers can download, e.g. [{ title: Full report, file: /downloads/study.pdf, lang: en }]'),
      status: z
        .enum(studyStatuses)
        .optional()
        .describe(`Stage of the study: ${studyStatuses.join(', ')}. Original-language file only. Example: status: planned`),
    })
    .strict(),
});

/** Localized partner profiles; the file name must be an id from organisations.yaml. */
const partnerProfiles = defineCollection({
  loader: localizedCollection('partners'),
  schema: z.object({ ...localizedFields }).strict(),
});

const pages = defineCollection({
  loader: localizedCollection('pages'),
  schema: z.object({ ...localizedFields, updatedDate }).strict(),
});

const localizedName = z
  .object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1).max(80)])) as Record<string, z.ZodString>)
  .strict()
  .describe(`The name in every site language (${locales.join(', ')}). Example: { en: Kharkiv, uk: Харків, ro: Harkov, es: Járkov, bg: Харков }`);

/** Language-neutral partner facts, written once for all five languages. */
const organisations = defineCollection({
  loader: file(`${contentDir}/partners/organisations.yaml`),
  schema: z
    .object({
      name: z.string().trim().min(2).max(80).describe('The organisation’s own name, never translated. Example: Kharkiv IT Cluster'),
      role: z.enum(partnerRoles).describe(`Role in ITBridge: ${partnerRoles.join(', ')}.`),
      country: z.enum(countryCodes).describe(`ISO country code: ${countryCodes.join(', ')}. Names are translated automatically.`),
      city: localizedName,
      logo: z
        .string()
        .regex(/^\/partners\/[a-z0-9-]+\.(svg|png|webp)$/, { error: 'must be a path like /partners/kharkiv-it-cluster.svg (svg, png or webp)' })
        .refine((path) => existsSync(`${publicDir}${path}`), { error: 'names a file that is not in public/partners/: add the file or remove the field' })
        .optional()
        .describe('Logo file in public/partners/, as supplied by the partner. Leave out until available. Example: /partners/kharkiv-it-cluster.svg'),
      website: z
        .url({ protocol: /^https$/ })
        .optional()
        .describe('Official website, https only. Leave out until the partner has confirmed it. Example: https://example.org'),
    })
    .strict(),
});

export const collections = { news, guides, studies, partners: partnerProfiles, pages, organisations };
