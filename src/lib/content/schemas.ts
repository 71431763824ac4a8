/**
 * The frontmatter schemas of every collection, outside `astro:content` so that tools (npm run
 * check:content, the field reference in content/README.md) validate with the very same zod objects
 * as the build. Only the partner reference differs: the build passes Astro's `reference('organisations')`,
 * tools pass `partnerIdSchema`, and both produce `{ id, collection: 'organisations' }`. Whether a
 * partner id exists is checked after loading, in `findContentProblems`, for both.
 */
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { locales, type Locale } from '../../i18n/locales';
import { topicKeys, countryCodes, partnerRoles, studyStatuses } from './taxonomy';
import { countGraphemes } from '../format/truncate';
import { describeInvisibleCharacter, findInvisibleCharacter } from '../format/invisible-characters';

/** How many characters (graphemes) a short text may have. */
export interface TextRange {
  min: number;
  max: number;
}

/**
 * The character limits of the short texts editors write. The schemas below check them, and the editor at
 * /admin/ (src/lib/cms/config.ts) shows them, so both read them from here.
 */
export const textLimits = {
  title: { min: 3, max: 120 },
  description: { min: 20, max: 160 },
  location: { min: 0, max: 60 },
  keyFinding: { min: 10, max: 300 },
  downloadTitle: { min: 3, max: 120 },
  organisationName: { min: 2, max: 80 },
  placeName: { min: 1, max: 80 },
} as const satisfies Record<string, TextRange>;

/** A path a field must match, with the message that says how to write it. */
export interface PathPattern {
  pattern: RegExp;
  message: string;
}

/** A study's download: a file in public/downloads/ of one of the formats readers can open. */
export const downloadFilePattern: PathPattern = {
  pattern: /^\/downloads\/[a-z0-9-]+\.(pdf|xlsx|csv|docx|odt|ods|zip)$/,
  message: 'must be a path like /downloads/eu-ukraine-study-2025.pdf (pdf, xlsx, csv, docx, odt, ods or zip)',
};

/** A partner's logo: a file in public/partners/. */
export const logoPattern: PathPattern = {
  pattern: /^\/partners\/[a-z0-9-]+\.(svg|png|webp)$/,
  message: 'must be a path like /partners/kharkiv-it-cluster.svg (svg, png or webp)',
};

/** What a field checks in refinements that zod cannot describe itself (a refine is a closure). */
export interface FieldRules {
  textLimits?: TextRange;
  pathPattern?: PathPattern;
}

const fieldRules = z.registry<FieldRules>();

/**
 * The text limits and path pattern a field checks, for tools that describe the schemas (the editor's
 * configuration). A `.describe()`, `.meta()` or wrapper such as `.optional()` added later keeps them
 * (zod's registries follow a clone to its parent); a further `.refine()` on the field would not.
 * @example fieldRulesOf(titleSchema).textLimits // { min: 3, max: 120 }
 */
export function fieldRulesOf(schema: z.ZodType): FieldRules {
  // The registry's get() types its metadata as plain data, which a RegExp is not; the value is the one registered.
  return (fieldRules.get(schema) as FieldRules | undefined) ?? {};
}

/**
 * The message for a text outside its limits, saying how long it is, so an editor need not count:
 * `is 200 characters; the limit is 160: search engines cut longer descriptions`.
 * @example describeTextLength('abc', { min: 20, max: 160 }) // 'is 3 characters; the minimum is 20'
 */
export function describeTextLength(text: string, { min, max }: TextRange, why?: string): string {
  const length = countGraphemes(text);
  const limit = length > max ? `the limit is ${max}` : `the minimum is ${min}`;
  return `is ${length} character${length === 1 ? '' : 's'}; ${limit}${why ? `: ${why}` : ''}`;
}

/**
 * Short text an editor writes (a title, a description, a name): trimmed, free of invisible bidi and
 * zero-width characters, and limited in characters as a reader counts them (graphemes: an emoji or an
 * accented letter is one), not in UTF-16 units as zod's min and max count. Past a limit the message
 * gives the text's length and the limit; `why` adds the reason the limit exists, or what to write.
 */
function limitText(schema: z.ZodString, limits: TextRange, why: { tooShort?: string; tooLong?: string } = {}): z.ZodString {
  const { min, max } = limits;
  return schema
    .trim()
    .refine((text) => findInvisibleCharacter(text) === undefined, { error: (issue) => describeInvisibleCharacter(String(issue.input)) })
    .refine((text) => countGraphemes(text) >= min, { error: (issue) => describeTextLength(String(issue.input), limits, why.tooShort) })
    .refine((text) => countGraphemes(text) <= max, { error: (issue) => describeTextLength(String(issue.input), limits, why.tooLong) })
    .register(fieldRules, { textLimits: { min, max } });
}

/** A path to a file in public/, matching `rule` and present there (`missing` says what to do when it is not). */
function publicFile(rule: PathPattern, publicDir: string, missing: string): z.ZodString {
  return z
    .string()
    .regex(rule.pattern, { error: rule.message })
    .refine((path) => existsSync(`${publicDir}${path}`), { error: missing })
    .register(fieldRules, { pathPattern: rule });
}

/** A site locale; infers as `Locale`. */
export const localeSchema = z.enum(locales);

// ---- Fields every localized file has -------------------------------------------------------------
const { title: titleLimits, description: descriptionLimits } = textLimits;
export const titleSchema = limitText(
  z.string({ error: (issue) => (issue.input === undefined ? 'Required: add a title line, e.g. title: ITBridge kicks off in Cluj-Napoca' : 'must be text') }),
  titleLimits,
  { tooLong: 'shorten the headline' },
).describe(`Headline in the language of the folder, ${titleLimits.min}–${titleLimits.max} characters. Example: "ITBridge kicks off in Cluj-Napoca"`);
export const descriptionSchema = limitText(
  z.string({
    error: (issue) =>
      issue.input === undefined ? `Required: add a one-sentence description (${descriptionLimits.min}–${descriptionLimits.max} characters)` : 'must be text',
  }),
  descriptionLimits,
  { tooShort: 'write one full sentence', tooLong: 'search engines cut longer descriptions, so shorten it' },
).describe(`One-sentence summary for listings, search engines and link previews, ${descriptionLimits.min}–${descriptionLimits.max} characters.`);
export const draftSchema = z
  .boolean()
  .default(false)
  .describe('true keeps this file off the site (in this language only). Example: draft: true');
export const sourceLocaleSchema = localeSchema
  .optional()
  .describe(`Only for documents first written in a language other than English: the code of that language (${locales.join(', ')}). Example: sourceLocale: uk`);

export const localizedFieldsSchema = z.object({
  title: titleSchema,
  description: descriptionSchema,
  draft: draftSchema,
  sourceLocale: sourceLocaleSchema,
});
export type LocalizedFields = z.infer<typeof localizedFieldsSchema>;

// ---- Language-neutral facts: written once, in the original-language file only --------------------
/**
 * A day, written YYYY-MM-DD. YAML reads that as midnight UTC; a time or a time zone (2025-02-13T23:30:00-05:00)
 * gives another instant, which would be shown as another day, so it is refused here as well as by the
 * date check that reads the text (src/lib/checks/dates.ts).
 */
const isDayOnly = (date: Date) => date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() + date.getUTCMilliseconds() === 0;
const dayOnlyError = 'must be a day written YYYY-MM-DD, without a time or time zone, e.g. 2025-02-13';
export const pubDateSchema = z.coerce
  .date()
  .refine(isDayOnly, { error: dayOnlyError })
  .describe('Publication date, YYYY-MM-DD. A later day schedules the entry: it and its translations appear with the first build on or after that day. Original-language file only; translations inherit it. Example: pubDate: 2025-02-13');
export const updatedDateSchema = z.coerce
  .date()
  .refine(isDayOnly, { error: dayOnlyError })
  .optional()
  .describe('Date of the last substantive change, YYYY-MM-DD. Original-language file only. Example: updatedDate: 2025-03-01');
export const topicsSchema = z
  .array(z.enum(topicKeys))
  // The template writes `topics: []`: an original left so is in no topic page and no related list.
  .min(1, { error: `lists no topic: name one to five, e.g. topics: [market-entry]. Allowed: ${topicKeys.join(', ')}` })
  .max(5, { error: (issue) => `lists ${Array.isArray(issue.input) ? issue.input.length : 'more than 5'} topics; at most 5 are allowed: keep the ones that matter most` })
  .refine((topics) => new Set(topics).size === topics.length, { error: 'names a topic twice: list each topic once' })
  .describe(`One to five topics from the closed list: ${topicKeys.join(', ')}. Original-language file only.`);
export const studyStatusSchema = z
  .enum(studyStatuses)
  .optional()
  .describe(`Stage of the study: ${studyStatuses.join(', ')}. Original-language file only. Example: status: planned`);

/** What a partner reference resolves to, in the build (Astro's `reference`) and in tools alike. */
export interface PartnerReference {
  id: string;
  collection: 'organisations';
}

/**
 * The tools' stand-in for Astro's `reference('organisations')`: it accepts what `reference` accepts
 * (an id, a number, or an `{ id, collection }` object) and yields the same shape.
 */
export const partnerIdSchema = z
  .union([
    z.number().transform((n) => n.toString(10)),
    z.string(),
    z.object({ id: z.string(), collection: z.literal('organisations') }).transform((ref) => ref.id),
  ])
  .transform((id): PartnerReference => ({ id, collection: 'organisations' }));

/** The name of a place in every site language, e.g. a partner's city. */
const localizedNameSchema = z
  .object(Object.fromEntries(locales.map((l) => [l, limitText(z.string(), textLimits.placeName)])) as Record<Locale, z.ZodString>)
  .strict()
  .describe(`The name in every site language (${locales.join(', ')}). Example: { en: Kharkiv, uk: Харків, ro: Harkov, es: Járkov, bg: Харков }`);

/**
 * The language-neutral fields, one list. Optional here, because translations leave them out; which
 * collection requires which is checked on the original, after loading.
 */
function createNeutralFieldsSchema<R extends z.ZodType<PartnerReference>>(partnerReference: R) {
  return z.object({
    pubDate: pubDateSchema.optional(),
    updatedDate: updatedDateSchema,
    topics: topicsSchema.optional(),
    partners: z
      .array(partnerReference)
      .max(10)
      .refine((refs) => new Set(refs.map((r) => r.id)).size === refs.length, { error: 'names a partner twice: list each partner once' })
      .describe('Partner ids from content/partners/organisations.yaml, e.g. [transilvania-it-cluster]. Original-language file only.')
      .optional(),
    status: studyStatusSchema,
  });
}

/** pubDate, updatedDate, topics, partners, status: written once, in the original-language file. */
export type NeutralFields = z.infer<ReturnType<typeof createNeutralFieldsSchema<typeof partnerIdSchema>>>;
export type NeutralField = keyof NeutralFields;
/** The language-neutral field names, in schema order. */
export const neutralFieldNames: readonly NeutralField[] = createNeutralFieldsSchema(partnerIdSchema).keyof().options;

export interface SchemaOptions<R> {
  /** `reference('organisations')` in content.config.ts; `partnerIdSchema` in tools. */
  partnerReference: R;
  /** Where downloads and logos named in frontmatter must exist (public/ unless a test says otherwise). */
  publicDir: string;
}

/**
 * Builds the schema of every collection around the given partner reference, from the field schemas
 * above, so the build and the tools share one definition.
 * @example createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' }).collections.news.safeParse(data)
 */
export function createContentSchemas<R extends z.ZodType<PartnerReference>>({ partnerReference, publicDir }: SchemaOptions<R>) {
  const neutralFields = createNeutralFieldsSchema(partnerReference);
  const { status, ...articleNeutral } = neutralFields.shape;
  const localized = localizedFieldsSchema.shape;

  const news = z
    .object({
      ...localized,
      ...articleNeutral,
      location: limitText(z.string(), textLimits.location)
        .optional()
        .describe('Dateline place, written in the language of the file. Example: location: Клуж-Напока'),
    })
    .strict();

  const guides = z.object({ ...localized, ...articleNeutral }).strict();

  const studies = z
    .object({
      ...localized,
      ...articleNeutral,
      keyFindings: z
        .array(limitText(z.string(), textLimits.keyFinding))
        .max(8)
        .optional()
        .describe('Up to eight key findings, one sentence each, in the language of the file. Shown before the text.'),
      downloads: z
        .array(
          z
            .object({
              title: limitText(z.string(), textLimits.downloadTitle).describe('What the file is, in the language of the page.'),
              file: publicFile(downloadFilePattern, publicDir, 'names a file that is not in public/downloads/: add the file or correct the name'),
              lang: localeSchema.describe('Language of the file itself, e.g. en.'),
            })
            .strict(),
        )
        .max(10)
        .optional()
        .describe('Files readers can download, e.g. [{ title: Full report, file: /downloads/study.pdf, lang: en }]'),
      status,
    })
    .strict();

  /** Localized partner profiles; the file name must be an id from organisations.yaml. */
  const partnerProfiles = z.object({ ...localized }).strict();

  // A legal page's "last updated" date is per language (collectionRegistry: pages have no neutral fields).
  const pages = z
    .object({
      ...localized,
      updatedDate: updatedDateSchema.describe(
        'Date of the last substantive change of this language version, YYYY-MM-DD: each translation of a page has its own. Example: updatedDate: 2025-03-01',
      ),
    })
    .strict();

  /** Language-neutral partner facts, written once for all five languages. */
  const organisations = z
    .object({
      name: limitText(z.string(), textLimits.organisationName).describe('The organisation’s own name, never translated. Example: Kharkiv IT Cluster'),
      role: z.enum(partnerRoles).describe(`Role in ITBridge: ${partnerRoles.join(', ')}.`),
      country: z.enum(countryCodes).describe(`ISO country code: ${countryCodes.join(', ')}. Names are translated automatically.`),
      city: localizedNameSchema,
      logo: publicFile(logoPattern, publicDir, 'names a file that is not in public/partners/: add the file or remove the field')
        .optional()
        .describe('Logo file in public/partners/, as supplied by the partner. Leave out until available. Example: /partners/kharkiv-it-cluster.svg'),
      website: z
        .url({ protocol: /^https$/ })
        .optional()
        .describe('Official website, https only. Leave out until the partner has confirmed it. Example: https://example.org'),
    })
    .strict();

  return {
    /** By collection name, in the order the editors' guide lists them. */
    collections: { news, guides, studies, partners: partnerProfiles, pages, organisations },
    neutralFields,
  };
}

type CollectionSchemas = ReturnType<typeof createContentSchemas<typeof partnerIdSchema>>['collections'];

export type OrganisationData = z.infer<CollectionSchemas['organisations']>;
export type NewsData = z.infer<CollectionSchemas['news']>;
export type GuideData = z.infer<CollectionSchemas['guides']>;
export type StudyData = z.infer<CollectionSchemas['studies']>;
export type PartnerProfileData = z.infer<CollectionSchemas['partners']>;
export type PageData = z.infer<CollectionSchemas['pages']>;
/** The frontmatter of any localized file (every collection but organisations). */
export type LocalizedData = NewsData | GuideData | StudyData | PartnerProfileData | PageData;
