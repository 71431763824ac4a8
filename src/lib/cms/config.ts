import type { CmsConfig, EntryCollection, Field, SelectField } from '@sveltia/cms';
import { z } from 'astro/zod';
import { defaultLocale, localeRegistry, locales } from '../../i18n/locales';
import en from '../../i18n/ui/en.json';
import type { RepositorySettings } from '../../settings';
import { collectionRegistry, type CollectionName } from '../content/collections';
import { slugAdvice, slugPattern } from '../content/entry-path';
import { createContentSchemas, downloadFilePattern, fieldRulesOf, partnerIdSchema, textLimits, type PathPattern } from '../content/schemas';
import { studyStatuses, topicKeys } from '../content/taxonomy';
import { cmsBackend } from './backend';

/**
 * The configuration of the editor at /admin/ (Sveltia CMS 0.221.1), built from the same registry and
 * zod schemas the build validates with, so that a field, a limit or a closed list cannot differ
 * between the editor and the site. Option names: `CmsConfig` in @sveltia/cms's types/public.d.ts;
 * why each choice: docs/editing-ui.md, sections 3, 4 and 6.
 *
 * What the editor cannot model, by design:
 * - `sourceLocale`. Sveltia treats the default locale (English) as every entry's original and keeps
 *   language-neutral fields in its file; a document first written in another language keeps them in
 *   that language's file, which the editor would not read. The field is left out (an unknown key is
 *   kept as it is on save, so a hand-written `sourceLocale` survives), and such documents are edited in
 *   Git. A collection `filter: { field: sourceLocale, value: null }` cannot hide them: Sveltia refuses a
 *   filter on a field the collection does not define (`invalid_filter_field`), and its filter reads the
 *   default locale's file only, so a document without an English file would still be listed.
 * - `.mdx` entries. The collections list `.md` files only (`extension: md`): the Markdown editor would
 *   not keep MDX components intact, so MDX documents stay Git-edited.
 * - `organisations.yaml` (a map keyed by id, which file collections cannot express): new partners start
 *   there, in Git, so the partner profiles cannot be created or deleted here.
 */

export interface CmsConfigInput {
  /** The `repository` setting of src/settings.ts: the Git host, or `null` for local-repository mode only. */
  repository: RepositorySettings | null;
  /**
   * The site's public address, with the path it is served under if any, e.g. https://itbridge.example
   * or https://example.org/itbridge. The editor's "view on site" links start here.
   */
  siteUrl: string;
}

/** Fields of the schemas the editor leaves out (see the module comment). */
export const fieldsLeftOut: readonly string[] = ['sourceLocale'];

/** The editor's own UI is English: the collections' names there, and Material Symbols icons. */
const collectionLabels: Readonly<Record<CollectionName, { label: string; singular: string; icon: string }>> = {
  news: { label: 'News', singular: 'press release', icon: 'newspaper' },
  guides: { label: 'Guides', singular: 'guide', icon: 'menu_book' },
  studies: { label: 'Studies', singular: 'study', icon: 'analytics' },
  partners: { label: 'Partner profiles', singular: 'partner profile', icon: 'handshake' },
  pages: { label: 'Standalone pages', singular: 'page', icon: 'description' },
};

/** Field labels that say more than the field's name; others are derived from it (keyFindings → Key findings). */
const fieldLabels: Readonly<Record<string, string>> = {
  pubDate: 'Publication date',
  updatedDate: 'Last substantive change',
  status: 'Stage of the study',
  location: 'Dateline place',
  lang: 'Language of the file',
  body: 'Text',
};

const labelOf = (name: string) => fieldLabels[name] ?? (name.charAt(0).toUpperCase() + name.slice(1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));

/** Where the files a path pattern allows are kept, for the file picker. */
const mediaOfPattern = new Map<PathPattern, { media_folder: string; public_folder: string }>([
  // A leading slash: from the repository root, not relative to the entry.
  [downloadFilePattern, { media_folder: '/public/downloads', public_folder: '/downloads' }],
]);

/** Labels of the closed lists the schemas use, by their values. */
const optionLabels: readonly { values: readonly string[]; label: (value: string) => string }[] = [
  { values: topicKeys, label: (value) => en.topics[value as keyof typeof en.topics] },
  { values: studyStatuses, label: (value) => en.studyStatus[value as keyof typeof en.studyStatus] },
  { values: locales, label: (value) => localeRegistry.find((l) => l.code === value)?.englishName ?? value },
];

function selectOptions(values: readonly string[]): SelectField['options'] {
  const known = optionLabels.find((list) => list.values.length === values.length && list.values.every((v) => values.includes(v)));
  if (!known) return [...values];
  return values.map((value) => {
    const label = known.label(value);
    if (!label) throw new Error(`src/i18n/ui/en.json has no English label for "${value}": add it, the editor shows it in a list.`);
    return { label, value };
  });
}

/** A schema without its optional/default wrappers, whether it may be left out, its default and description. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue: unknown; description: string | undefined } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodDefault) {
      optional = true;
      defaultValue = inner.def.defaultValue;
      inner = inner.unwrap() as z.ZodType;
    } else {
      break;
    }
    description ??= inner.description;
  }
  return { inner, optional, defaultValue, description };
}

/** The item count limits of an array schema, from zod's own min/max checks. */
function lengthLimits(schema: z.ZodArray): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length' && def.minimum !== undefined) limits.min = def.minimum;
    if (def.check === 'max_length' && def.maximum !== undefined) limits.max = def.maximum;
  }
  return limits;
}

/** The checks of a string schema that are not refinements or the trim: zod's own formats and lengths. */
const formatChecks = (schema: z.ZodString) =>
  (schema.def.checks ?? []).map((check) => (check._zod.def as { check: string }).check).filter((kind) => kind !== 'custom' && kind !== 'overwrite');

/** How a field is stored: in every language's file (`i18n: true`), or in the original's only (no key). */
interface FieldPlace {
  /** Where the field is, for messages: news.downloads.file */
  path: string;
  localized: boolean;
}

class UnmappableFieldError extends Error {
  constructor(path: string, schema: z.ZodType, why: string) {
    super(
      `src/lib/cms/config.ts cannot show the field ${path} (zod type "${schema.def.type}") in the editor at /admin/: ${why}. ` +
        'Map it in cmsField, or leave it out in fieldsLeftOut with the reason: otherwise it would be missing from the editor.',
    );
    this.name = 'UnmappableFieldError';
  }
}

const headline = textLimits.title;

/** A string field: a one-line input, or a textarea for texts longer than a headline. */
function stringWidget(schema: z.ZodString, place: FieldPlace): Partial<Field> {
  const { textLimits: limits, pathPattern } = fieldRulesOf(schema);
  const unknownChecks = formatChecks(schema).filter((kind) => !(pathPattern && kind === 'string_format'));
  if (unknownChecks.length) throw new UnmappableFieldError(place.path, schema, `its checks (${unknownChecks.join(', ')}) are not text limits or a path pattern from schemas.ts`);
  if (pathPattern) {
    const media = mediaOfPattern.get(pathPattern);
    if (!media) throw new UnmappableFieldError(place.path, schema, `no media folder is known for its path pattern ${pathPattern.pattern}`);
    // The editor checks the whole value; the message is the schema's own.
    return { widget: 'file', ...media, choose_url: false, pattern: [pathPattern.pattern.source, pathPattern.message] };
  }
  const multiline = (limits?.max ?? 0) > headline.max;
  return {
    widget: multiline ? 'text' : 'string',
    ...(limits && limits.min > 0 ? { minlength: limits.min } : {}),
    ...(limits ? { maxlength: limits.max } : {}),
  } as Partial<Field>;
}

/**
 * One schema field as an editor field: widget by zod type, limits and closed lists from the schema,
 * `.describe()` as the hint. A type without a widget here throws, so a new field cannot silently be
 * missing from the editor.
 * @example cmsField('title', titleSchema, { path: 'news.title', localized: true }, true)
 * // { name: 'title', label: 'Title', widget: 'string', minlength: 3, maxlength: 120, hint: '…', i18n: true }
 */
export function cmsField(name: string, schema: z.ZodType, place: FieldPlace, required: boolean): Field {
  const { inner, defaultValue, description } = unwrap(schema);
  const base = {
    name,
    label: labelOf(name),
    // Neutral fields have no i18n key: Sveltia then keeps them in the default locale's file only
    // (never `duplicate`, which would copy them into translations).
    ...(place.localized ? { i18n: true } : {}),
    ...(required ? {} : { required: false }),
    ...(description ? { hint: description } : {}),
  };
  const field = (widget: Partial<Field>) => ({ ...base, ...widget }) as Field;

  if (inner instanceof z.ZodString) return field(stringWidget(inner, place));
  if (inner instanceof z.ZodBoolean) {
    return field({ widget: 'boolean', ...(typeof defaultValue === 'boolean' ? { default: defaultValue } : {}) });
  }
  if (inner instanceof z.ZodDate) {
    // Written and read back as YYYY-MM-DD, the only form the schemas accept; today for a new entry.
    return field({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...(required ? { default: '{{now}}' } : {}) });
  }
  if (inner instanceof z.ZodEnum) return field({ widget: 'select', options: selectOptions(inner.options as string[]) });
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as z.ZodType).inner;
    const { min, max } = lengthLimits(inner);
    const counts = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    if (inner.element === partnerIdSchema) {
      // Organisation ids are the partner profiles' slugs (content/partners/<locale>/<id>.md).
      return field({ widget: 'relation', collection: 'partners', value_field: '{{slug}}', display_fields: ['title'], search_fields: ['title'], multiple: true, ...counts });
    }
    if (element instanceof z.ZodEnum) return field({ widget: 'select', multiple: true, options: selectOptions(element.options as string[]), ...counts });
    const sub = { path: `${place.path}.*`, localized: place.localized };
    if (element instanceof z.ZodObject) {
      const fields = Object.entries(element.shape as Record<string, z.ZodType>).map(([key, value]) =>
        cmsField(key, value, { ...sub, path: `${place.path}.${key}` }, !unwrap(value).optional),
      );
      return field({ widget: 'list', fields, ...counts });
    }
    if (element instanceof z.ZodString) {
      const item = cmsField('item', inner.element as z.ZodType, sub, true);
      return field({ widget: 'list', field: { ...item, label: base.label }, ...counts });
    }
    throw new UnmappableFieldError(place.path, inner, `a list of "${(inner.element as z.ZodType).def.type}" has no list widget here`);
  }
  throw new UnmappableFieldError(place.path, inner, 'no widget is mapped to this type');
}

/** The article's text after the frontmatter, in every language. */
const bodyField: Field = {
  name: 'body',
  label: labelOf('body'),
  widget: 'markdown',
  i18n: true,
  // Plain Markdown first, so a file is saved as written: how the rich-text editor round-trips what it
  // does not model (tables, footnotes, the allowed HTML) is not verified; an editor switches to it
  // deliberately. No code-block component: its syntax highlighting loads Shiki from a CDN, which the
  // admin page does not reach (docs/editing-ui.md, section 2); fenced code is still written in Markdown.
  modes: ['raw', 'rich_text'],
  buttons: ['bold', 'italic', 'code', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  linked_images: false,
  hint: 'The text, in Markdown: headings `##` and `###`, lists, quotes, tables, links (content/README.md, “What you can write”). Images go in public/images/ and are written `![What it shows](/images/photo.jpg)`.',
};

/**
 * The fields of one collection, in schema order, then the body.
 * @example cmsCollectionFields(collectionRegistry[0], createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' }).collections.news)
 */
export function cmsCollectionFields(spec: (typeof collectionRegistry)[number], schema: z.ZodObject): Field[] {
  const shape = schema.shape as Record<string, z.ZodType>;
  const neutral: readonly string[] = spec.neutral;
  const requiredNeutral: readonly string[] = spec.requiredNeutral;
  const missing = neutral.filter((name) => !(name in shape));
  if (missing.length) throw new Error(`src/lib/content/collections.ts: ${spec.name} lists neutral fields its schema does not have: ${missing.join(', ')}.`);
  const fields = Object.entries(shape)
    .filter(([name]) => !fieldsLeftOut.includes(name))
    .map(([name, value]) => {
      const isNeutral = neutral.includes(name);
      // Neutral fields are optional in the schema (translations leave them out); the original must have
      // those the registry requires.
      const required = isNeutral ? requiredNeutral.includes(name) : !unwrap(value).optional;
      return cmsField(name, value, { path: `${spec.name}.${name}`, localized: !isNeutral }, required);
    });
  return [...fields, bodyField];
}

/**
 * Where an entry is on the site, relative to `site_url`: /<locale>/<collection>/<slug>/, and
 * /<locale>/<slug>/ for standalone pages (the shape of urls.entry in src/lib/routing/urls.ts).
 */
const previewPath = (spec: (typeof collectionRegistry)[number]) => (spec.listed ? `{{locale}}/${spec.name}/{{slug}}/` : '{{locale}}/{{slug}}/');

function cmsCollection(spec: (typeof collectionRegistry)[number], schema: z.ZodObject): EntryCollection {
  const labels = collectionLabels[spec.name];
  const fields = cmsCollectionFields(spec, schema);
  const hasPubDate = fields.some((f) => f.name === 'pubDate');
  const profiles = spec.name === 'partners';
  return {
    name: spec.name,
    label: labels.label,
    label_singular: labels.singular,
    icon: labels.icon,
    folder: `content/${spec.name}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    i18n: true,
    identifier_field: 'title',
    slug: {
      template: '{{title}}',
      // The slug is the file name in every language and part of the URL: chosen once, when the entry is created.
      editable: ['create'],
      pattern: [slugPattern.source, `${slugAdvice}, e.g. eu-market-entry.`],
      hint: 'The file name in every language and part of the page’s address; it cannot be changed later.',
    },
    preview_path: previewPath(spec),
    // The schemas are strict: an `aliases` key written on a slug change would fail the build.
    aliases_field: false,
    thumbnail: false,
    sortable_fields: spec.order === 'newest' && hasPubDate ? { fields: ['pubDate', 'title'], default: { field: 'pubDate', direction: 'descending' } } : ['title'],
    ...(profiles ? { create: false, delete: false, description: 'A new partner starts in content/partners/organisations.yaml (in Git); its profile file name is its id there.' } : {}),
    fields,
  };
}

/**
 * The whole configuration the integration writes to dist/admin/config.json.
 * @example buildCmsConfig({ repository: null, siteUrl: 'https://itbridge.example' }).collections?.map((c) => c.name)
 * // ['news', 'guides', 'studies', 'partners', 'pages']
 */
export function buildCmsConfig({ repository, siteUrl }: CmsConfigInput): CmsConfig {
  const site = new URL(siteUrl);
  const sitePath = site.pathname.replace(/\/+$/, '');
  const { collections } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });
  return {
    backend: cmsBackend(repository),
    app_title: 'ITBridge editor',
    site_url: `${site.origin}${sitePath}`,
    logo: { src: `${sitePath}/favicon.svg` },
    media_folder: 'public/images',
    public_folder: '/images',
    // No stock photo services (third-party requests); uploaded names become slugs, as the paths' patterns ask.
    media_libraries: { default: { config: { slugify_filename: true } }, stock_assets: false },
    // Without it an empty optional field is written as '' and fails the schemas.
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    i18n: {
      structure: 'multiple_folders',
      locales: [...locales],
      default_locale: defaultLocale,
      // A new entry starts with the original only; translations are added when they exist (otherwise
      // Sveltia requires every locale's required fields before the first save).
      initial_locales: 'default',
    },
    collections: collectionRegistry.map((spec) => cmsCollection(spec, collections[spec.name])),
  };
}
