import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { getLocaleInfo, locales, type Locale } from '../../i18n/locales';
import { proseLines, type MarkdownSource } from './markdown-source';

/**
 * The site's termbase (src/i18n/termbase.yaml): per term and language the form the site writes, the
 * forms it must not write, and a note for translators. Content (through check:content and the build)
 * and the UI strings (through their unit test) are checked against it, so a Russian-derived place
 * name or a second word for one concept is refused with the form to use in the file's own language.
 */

/** Where the termbase lives, for messages and for translators. */
export const termbaseFile = 'src/i18n/termbase.yaml';

const entry = z.strictObject({
  use: z.string().min(1),
  /** For a topic, its label when it is not `use` with a capital. */
  label: z.string().min(1).optional(),
  avoid: z.array(z.string().min(1)).default([]),
  /** Fixed phrases that contain an avoided form and are right (an official legal term). */
  allow: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});
const perLocale = z.strictObject(Object.fromEntries(locales.map((l) => [l, entry])) as Record<Locale, typeof entry>);
const termbaseSchema = z.strictObject({
  /** Organisation and project names: they keep their own form in every language and are never matched. */
  names: z.array(z.string().min(1)),
  places: z.record(z.string(), perLocale),
  terms: z.record(z.string(), perLocale),
});

export type Termbase = z.infer<typeof termbaseSchema>;
export type TermKind = 'place' | 'term';

/** One form a language must not write, ready to match. */
export interface AvoidRule {
  id: string;
  kind: TermKind;
  avoid: string;
  use: string;
  note: string | undefined;
  pattern: RegExp;
}

/**
 * Parses and validates a termbase; a malformed file throws with the field that is wrong.
 * @example parseTermbase('names: []\nplaces: {}\nterms: {}').names // []
 */
export function parseTermbase(yaml: string): Termbase {
  const result = termbaseSchema.safeParse(loadYaml(yaml));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${termbaseFile}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  return result.data;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern for one `avoid` form: whole words; a trailing `*` takes any ending. A form with a
 * capital after its first letter (TIC, PyME, IT-кластер) is matched with its case, so that "pyme" is
 * not read as "PyME"; the others (Kiev, Харьков) in any case.
 * @example avoidPattern('Харьков*').test('у Харькові') // true
 * @example avoidPattern('TIC').test('tic') // false
 */
export function avoidPattern(form: string): RegExp {
  const stem = form.endsWith('*') ? form.slice(0, -1) : form;
  const ending = form.endsWith('*') ? '\\p{L}*' : '';
  const exactCase = stem.slice(1) !== stem.slice(1).toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem).replace(/ /g, '\\s+')}${ending}(?![\\p{L}\\p{N}])`, exactCase ? 'u' : 'iu');
}

/** Every `avoid` rule of a language, places first. */
export function avoidRules(termbase: Termbase, locale: Locale): AvoidRule[] {
  const rules: AvoidRule[] = [];
  for (const [kind, group] of [['place', termbase.places], ['term', termbase.terms]] as const) {
    for (const [id, forms] of Object.entries(group)) {
      const { use, avoid, note } = forms[locale];
      for (const form of avoid) rules.push({ id, kind, avoid: form, use, note, pattern: avoidPattern(form) });
    }
  }
  return rules;
}

/** The message for one form found: the form, the one to use in this language, where the rule is. */
export function describeAvoided(rule: AvoidRule, found: string, locale: Locale): string {
  const what = rule.kind === 'place' ? 'place name' : 'term';
  const note = rule.note ? ` ${rule.note}` : '';
  return `"${found}" is not this site's ${getLocaleInfo(locale).englishName} ${what}: write "${rule.use}".${note} (${termbaseFile}, ${rule.kind === 'place' ? 'places' : 'terms'}.${rule.id})`;
}

/** Link targets, addresses and slugs (cluster-digital-de-catalunya): names of things, not prose. */
const notProse = /\]\([^)]*\)|<[^>]*>|https?:\/\/\S+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/**
 * The avoided forms in one piece of text. Organisation names, the language's allowed phrases, link
 * targets and slugs are blanked out first, so that "Kharkiv IT Cluster" in a Romanian sentence is not
 * read as the place name. Longer
 * forms are tried first and a form inside one already found is not reported again ("seminare de
 * instruire" once, not also "instruire").
 * @example findAvoidedForms('Офіс у Харькові', 'uk', termbase)[0]?.use // 'Харків'
 */
export function findAvoidedForms(text: string, locale: Locale, termbase: Termbase): { rule: AvoidRule; found: string }[] {
  const { blanks, rules } = compiled(termbase, locale);
  let plain = text.replace(notProse, (m) => ' '.repeat(m.length));
  for (const blank of blanks) plain = plain.replace(blank, (m) => ' '.repeat(m.length));
  const taken: [number, number][] = [];
  const found: { rule: AvoidRule; found: string; at: number }[] = [];
  for (const { rule, global } of rules) {
    for (const m of plain.matchAll(global)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      found.push({ rule, found: m[0], at: start });
      break;
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ rule, found }) => ({ rule, found }));
}

interface CompiledTermbase {
  /** Organisation names and the language's allowed phrases, as global patterns to blank out. */
  blanks: RegExp[];
  /** The language's avoid rules, longest form first, each with a global copy of its pattern. */
  rules: { rule: AvoidRule; global: RegExp }[];
}

const compiledCache = new WeakMap<Termbase, Map<Locale, CompiledTermbase>>();
const globalOf = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);

/** A language's patterns, built once per termbase rather than for every line checked. */
function compiled(termbase: Termbase, locale: Locale): CompiledTermbase {
  const byLocale = compiledCache.get(termbase) ?? new Map<Locale, CompiledTermbase>();
  compiledCache.set(termbase, byLocale);
  let entry = byLocale.get(locale);
  if (!entry) {
    const allowed = [...Object.values(termbase.places), ...Object.values(termbase.terms)].flatMap((forms) => forms[locale].allow);
    entry = {
      blanks: [...termbase.names, ...allowed].map((name) => globalOf(avoidPattern(name))),
      rules: avoidRules(termbase, locale)
        .sort((a, b) => b.avoid.length - a.avoid.length)
        .map((rule) => ({ rule, global: globalOf(rule.pattern) })),
    };
    byLocale.set(locale, entry);
  }
  return entry;
}

/** A termbase problem in one file, at one line. */
export interface TermProblem {
  line: number;
  message: string;
}

/**
 * Checks a file's prose (frontmatter and body, fenced code skipped) against the termbase.
 * @example findTermProblems(parseMarkdownSource('Kiev'), 'en', loadTermbase())[0]?.message // '"Kiev" is not this site's English place name: write "Kyiv" (…)'
 */
export function findTermProblems(source: MarkdownSource, locale: Locale, termbase: Termbase = loadTermbase()): TermProblem[] {
  return proseLines(source).flatMap(({ line, text }) =>
    findAvoidedForms(text, locale, termbase).map(({ rule, found }) => ({ line, message: describeAvoided(rule, found, locale) })),
  );
}

/**
 * The label a topic must have in a language: the term's `label`, else its `use` with a capital.
 * Undefined when the topic is not in the termbase.
 * @example topicLabel(loadTermbase(), 'networking', 'ro') // 'Networking'
 */
export function topicLabel(termbase: Termbase, topic: string, locale: Locale): string | undefined {
  const forms = termbase.terms[topic]?.[locale];
  if (!forms) return undefined;
  return forms.label ?? forms.use.charAt(0).toLocaleUpperCase(locale) + forms.use.slice(1);
}

let cached: Termbase | undefined;
/** The site's termbase, read once. */
export function loadTermbase(): Termbase {
  cached ??= parseTermbase(readFileSync(new URL('../../i18n/termbase.yaml', import.meta.url), 'utf8'));
  return cached;
}
