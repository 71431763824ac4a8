import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import type { EntryCollection, Field } from '@sveltia/cms';
import { buildCmsConfig, cmsCollectionFields, fieldsLeftOut } from '../../../src/lib/cms/config';
import { collectionRegistry } from '../../../src/lib/content/collections';
import { isValidSlug, slugPattern } from '../../../src/lib/content/entry-path';
import { createContentSchemas, downloadFilePattern, fieldRulesOf, logoPattern, partnerIdSchema, titleSchema } from '../../../src/lib/content/schemas';
import { studyStatuses, topicKeys } from '../../../src/lib/content/taxonomy';
import { defaultLocale, locales } from '../../../src/i18n/locales';
import { createUrls } from '../../../src/lib/routing/urls';
import en from '../../../src/i18n/ui/en.json';
import { fixtureRepositories } from '../../helpers/settings';

const config = buildCmsConfig({ repository: null, siteUrl: 'https://itbridge.example' });
const collections = config.collections as EntryCollection[];
const { collections: schemas } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });

const collection = (name: string) => collections.find((c) => c.name === name)!;
const field = (collectionName: string, name: string) => collection(collectionName).fields.find((f) => f.name === name) as Field & Record<string, unknown>;

/** The schema a field has without its optional/default wrappers. */
function inner(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? inner(schema.unwrap() as z.ZodType) : schema;
}

const sveltiaSchema = JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'schema', 'sveltia-cms.json'), 'utf8'));
// The shipped schema uses keywords and formats (regex, uri) ajv does not define: not strict, formats not checked.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(sveltiaSchema);

describe('buildCmsConfig', () => {
  it('validates against the JSON Schema Sveltia CMS ships, for every backend', () => {
    for (const repository of [null, ...Object.values(fixtureRepositories), { ...fixtureRepositories.gitlab, signIn: { method: 'pkce', appId: 'abc' } } as const]) {
      const valid = validate(buildCmsConfig({ repository, siteUrl: 'https://itbridge.example' }));
      expect(validate.errors ?? [], JSON.stringify(repository)).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('has one collection per registry entry, in registry order, in content/<collection>/<locale>/', () => {
    expect(collections.map((c) => c.name)).toEqual(collectionRegistry.map((c) => c.name));
    for (const c of collections) expect(c).toMatchObject({ folder: `content/${c.name}`, extension: 'md', format: 'yaml-frontmatter', i18n: true, aliases_field: false, thumbnail: false });
  });

  it('sets up the multiple_folders layout from the locale registry, a new entry starting with the original only', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...locales], default_locale: defaultLocale, initial_locales: 'default' });
  });

  it('maps every schema field of every collection, in schema order, then the body', () => {
    for (const spec of collectionRegistry) {
      const expected = Object.keys(schemas[spec.name].shape).filter((name) => !fieldsLeftOut.includes(name));
      expect(collection(spec.name).fields.map((f) => f.name), spec.name).toEqual([...expected, 'body']);
    }
    expect(fieldsLeftOut).toEqual(['sourceLocale']);
  });

  it('stores neutral fields in the original only (no i18n key, never duplicate) and translates the rest', () => {
    for (const spec of collectionRegistry) {
      for (const f of collection(spec.name).fields) {
        const neutral = (spec.neutral as readonly string[]).includes(f.name);
        expect(f.i18n, `${spec.name}.${f.name}`).toBe(neutral ? undefined : true);
        expect(JSON.stringify(f)).not.toContain('duplicate');
      }
    }
    expect(field('news', 'pubDate')).not.toHaveProperty('i18n');
    expect(field('news', 'title').i18n).toBe(true);
    // A page's last-updated date is per language (the registry lists no neutral field for pages).
    expect(field('pages', 'updatedDate').i18n).toBe(true);
  });

  it('requires what the schema requires, and of the neutral fields what the registry requires of the original', () => {
    for (const spec of collectionRegistry) {
      for (const [name, schema] of Object.entries(schemas[spec.name].shape as Record<string, z.ZodType>)) {
        if (fieldsLeftOut.includes(name)) continue;
        const neutral = (spec.neutral as readonly string[]).includes(name);
        const required = neutral ? (spec.requiredNeutral as readonly string[]).includes(name) : !schema.safeParse(undefined).success;
        expect(field(spec.name, name).required ?? true, `${spec.name}.${name}`).toBe(required);
      }
    }
    expect(field('news', 'draft')).toMatchObject({ widget: 'boolean', i18n: true, required: false, default: false });
    expect(field('studies', 'status').required).toBeUndefined();
    expect(field('news', 'updatedDate').required).toBe(false);
  });

  it('gives every field its schema description as the hint', () => {
    for (const spec of collectionRegistry) {
      for (const [name, schema] of Object.entries(schemas[spec.name].shape as Record<string, z.ZodType>)) {
        if (fieldsLeftOut.includes(name)) continue;
        const description = schema.description ?? inner(schema).description;
        expect(description, `${spec.name}.${name}`).toBeTruthy();
        expect(field(spec.name, name).hint).toBe(description);
      }
    }
  });

  it('shows the same text limits the schemas check', () => {
    for (const spec of collectionRegistry) {
      for (const [name, schema] of Object.entries(schemas[spec.name].shape as Record<string, z.ZodType>)) {
        const limits = fieldRulesOf(inner(schema)).textLimits;
        if (!limits || fieldsLeftOut.includes(name)) continue;
        const f = field(spec.name, name);
        expect(f.maxlength, `${spec.name}.${name}`).toBe(limits.max);
        expect(f.minlength, `${spec.name}.${name}`).toBe(limits.min > 0 ? limits.min : undefined);
      }
    }
    expect(field('guides', 'title')).toMatchObject({ widget: 'string', minlength: 3, maxlength: 120 });
    expect(field('pages', 'description')).toMatchObject({ widget: 'text', minlength: 20, maxlength: 160 });
    expect(field('news', 'location')).toMatchObject({ widget: 'string', maxlength: 60, required: false, i18n: true });
    expect(field('news', 'location')).not.toHaveProperty('minlength');
  });

  it('offers the closed lists with their English labels', () => {
    expect(field('news', 'topics')).toMatchObject({ widget: 'select', multiple: true, max: 5 });
    expect((field('news', 'topics').options as { value: string }[]).map((o) => o.value)).toEqual([...topicKeys]);
    expect(field('guides', 'topics').options).toContainEqual({ label: en.topics['market-entry'], value: 'market-entry' });
    expect(field('studies', 'status').options).toEqual(studyStatuses.map((value) => ({ label: en.studyStatus[value], value })));
  });

  it('keeps dates as YYYY-MM-DD, a new original dated today', () => {
    expect(field('news', 'pubDate')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '{{now}}' });
    expect(field('news', 'updatedDate')).not.toHaveProperty('default');
  });

  it('links partners to the partner profiles by slug, up to the schema’s maximum', () => {
    expect(field('studies', 'partners')).toMatchObject({ widget: 'relation', collection: 'partners', value_field: '{{slug}}', display_fields: ['title'], multiple: true, max: 10, required: false });
    expect(collection('partners')).toMatchObject({ create: false, delete: false });
    for (const name of ['news', 'guides', 'studies', 'pages']) expect(collection(name)).not.toHaveProperty('create');
  });

  it('maps key findings and downloads of studies, with the downloads’ folder and pattern', () => {
    expect(field('studies', 'keyFindings')).toMatchObject({ widget: 'list', i18n: true, max: 8, field: { widget: 'text', minlength: 10, maxlength: 300, i18n: true } });
    const downloads = field('studies', 'downloads') as unknown as { fields: (Field & Record<string, unknown>)[]; max: number };
    expect(downloads).toMatchObject({ widget: 'list', i18n: true, max: 10, required: false });
    expect(downloads.fields.map((f) => f.name)).toEqual(['title', 'file', 'lang']);
    const file = downloads.fields.find((f) => f.name === 'file')!;
    expect(file).toMatchObject({ widget: 'file', media_folder: '/public/downloads', public_folder: '/downloads', pattern: [downloadFilePattern.pattern.source, downloadFilePattern.message] });
    const pattern = new RegExp((file.pattern as [string, string])[0]);
    expect(pattern.test('/downloads/eu-ukraine-study-2025.pdf')).toBe(true);
    expect(pattern.test('/images/photo.jpg')).toBe(false);
    expect((downloads.fields.find((f) => f.name === 'lang')!.options as { value: string }[]).map((o) => o.value)).toEqual([...locales]);
  });

  it('edits the body as Markdown, in every language, without the code-block component', () => {
    for (const c of collections) {
      const body = c.fields.at(-1) as Field & Record<string, unknown>;
      expect(body).toMatchObject({ name: 'body', widget: 'markdown', i18n: true, modes: ['raw', 'rich_text'], editor_components: ['image'] });
    }
  });

  it('checks new slugs with the site’s own slug pattern', () => {
    const [source] = (collection('news').slug as { pattern: [string, string] }).pattern;
    expect(source).toBe(slugPattern.source);
    for (const slug of ['eu-market-entry', '2025-report', '2', 'EU-entry', 'a--b']) expect(new RegExp(source).test(slug), slug).toBe(isValidSlug(slug));
  });

  it('previews each entry at its address on the site', () => {
    const urls = createUrls({ base: '/', site: 'https://itbridge.example' });
    for (const spec of collectionRegistry) {
      const path = collection(spec.name).preview_path!.replace('{{locale}}', 'uk').replace('{{slug}}', 'x');
      expect(`/${path}`, spec.name).toBe(urls.entry('uk', spec.name, 'x'));
    }
  });

  it('sorts dated collections newest first', () => {
    expect(collection('news').sortable_fields).toEqual({ fields: ['pubDate', 'title'], default: { field: 'pubDate', direction: 'descending' } });
    expect(collection('pages').sortable_fields).toEqual(['title']);
  });

  it('keeps the site’s path in site_url and the logo, and the logo exists in public/', () => {
    const sub = buildCmsConfig({ repository: null, siteUrl: 'https://example.org/itbridge/' });
    expect(sub).toMatchObject({ site_url: 'https://example.org/itbridge', logo: { src: '/itbridge/favicon.svg' } });
    expect(config).toMatchObject({ site_url: 'https://itbridge.example', logo: { src: '/favicon.svg' } });
    expect(existsSync('public/favicon.svg')).toBe(true);
  });

  it('writes no empty optional field, fetches no stock photos, and stores images in public/images', () => {
    expect(config).toMatchObject({ output: { omit_empty_optional_fields: true }, media_folder: 'public/images', public_folder: '/images' });
    expect(config.media_libraries?.stock_assets).toBe(false);
  });

  it('takes its backend from the repository setting', () => {
    expect(buildCmsConfig({ repository: fixtureRepositories.gitlab, siteUrl: 'https://itbridge.example' }).backend).toMatchObject({ name: 'gitlab', repo: 'example-group/itbridge-site' });
  });
});

describe('cmsCollectionFields', () => {
  const news = collectionRegistry[0];
  /** The news schema with one more field. */
  const newsWith = (extra: Record<string, z.ZodType>) => schemas.news.extend(extra);

  it('throws on a zod type it cannot map, naming the field, so a new field cannot vanish from the editor', () => {
    expect(() => cmsCollectionFields(news, newsWith({ readingMinutes: z.number().optional() }))).toThrow(
      /cannot show the field news\.readingMinutes \(zod type "number"\)/,
    );
    expect(() => cmsCollectionFields(news, newsWith({ gallery: z.array(z.number()) }))).toThrow(/news\.gallery/);
  });

  it('throws on a string check it cannot show, and on a path pattern without a media folder', () => {
    expect(() => cmsCollectionFields(news, newsWith({ code: z.string().regex(/^[A-Z]{2}$/) }))).toThrow(/news\.code .*string_format/);
    const logo = schemas.organisations.shape.logo;
    expect(fieldRulesOf(inner(logo)).pathPattern).toBe(logoPattern);
    expect(() => cmsCollectionFields(news, newsWith({ logo }))).toThrow(/news\.logo .*no media folder/);
  });

  it('maps the schema as it is without the extra field', () => {
    expect(cmsCollectionFields(news, newsWith({})).map((f) => f.name)).toContain('location');
  });

  it('throws when the registry names a neutral field the schema lacks', () => {
    expect(() => cmsCollectionFields(news, z.object({ title: titleSchema }))).toThrow(/collections\.ts: news lists neutral fields its schema does not have: pubDate/);
  });
});
