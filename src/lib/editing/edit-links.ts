import type { Locale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/translator';
import type { MapEntry, ResolvedVersion, TranslatedDocument } from '../content/translation-map';
import { splitEntryId } from '../content/entry-path';
import type { ContentFile, EditorUrls } from './repository';

/**
 * Which editing links an article gets, in the reader's language:
 * - the original, or an up-to-date translation: "Edit this page", the file shown;
 * - a fallback page (no translation in the reader's language): "Edit this page", the original it
 *   shows, and "Translate this page", a new file in the reader's language folder;
 * - a stale translation (its original changed since): "Update this translation", the translation.
 */
export type EditLinkKind = 'edit' | 'translate' | 'update';

export interface EditLink {
  kind: EditLinkKind;
  /** The link text (a UI string of the reader's language). */
  label: UiKey;
  href: string;
  /** The file the link opens, or creates for `translate`. */
  file: ContentFile;
}

const labels: Readonly<Record<EditLinkKind, UiKey>> = {
  edit: 'editLinks.edit',
  translate: 'editLinks.translate',
  update: 'editLinks.update',
};

/**
 * An entry's file as the repository holds it. Astro's `filePath` is relative to the project root,
 * which is the repository's; a file outside it (content built from another folder) has no address
 * on the Git host, and stops the build while the repository is set.
 * @example contentFileOf(entry) // { collection: 'guides', locale: 'uk', slug: 'x', path: 'content/guides/uk/x.md' }
 */
export function contentFileOf(entry: MapEntry): ContentFile {
  const { locale, slug } = splitEntryId(entry.id);
  const path = entry.filePath?.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!path || path.startsWith('/') || path.split('/').includes('..')) {
    throw new Error(
      `${entry.filePath ?? `${entry.collection}/${entry.id}`} is not inside the repository, so it has no address for the edit links of src/settings.ts: repository. ` +
        'Build from the repository’s content/ folder, or set repository to null.',
    );
  }
  return { collection: entry.collection, locale, slug, path };
}

/**
 * The same document's file in another language's folder, with the same name and extension.
 * @example translationFile({ collection: 'guides', locale: 'en', slug: 'x', path: 'content/guides/en/x.mdx' }, 'bg').path // 'content/guides/bg/x.mdx'
 */
export function translationFile(original: ContentFile, locale: Locale): ContentFile {
  const parts = original.path.split('/');
  if (parts.at(-2) !== original.locale) throw new Error(`${original.path} is not in its language folder "${original.locale}/".`);
  parts[parts.length - 2] = locale;
  return { ...original, locale, path: parts.join('/') };
}

export interface EditLinkInput<E extends MapEntry> {
  doc: TranslatedDocument<E>;
  /** What the reader of this page gets: their translation, or the original as a fallback. */
  version: ResolvedVersion<E>;
  /** The translation shown is stale: its original changed after it. */
  stale: boolean;
}

/**
 * The editing links of one article page; none while the repository setting is unset (`editor`
 * undefined), so the page is what it was without the setting.
 * @example buildEditLinks({ doc, version: resolveVersion(doc, 'bg'), stale: false }, editor).map((l) => l.kind) // ['edit', 'translate']
 */
export function buildEditLinks<E extends MapEntry>({ doc, version, stale }: EditLinkInput<E>, editor: EditorUrls | undefined): EditLink[] {
  if (!editor) return [];
  const shown = contentFileOf(version.entry);
  const link = (kind: EditLinkKind, file: ContentFile, href: string): EditLink => ({ kind, label: labels[kind], href, file });
  if (version.isFallback) {
    const created = translationFile(shown, version.locale);
    return [link('edit', shown, editor.edit(shown)), link('translate', created, editor.create(created))];
  }
  // A stale translation is the reader's own file: one link, saying what it is for.
  if (stale && version.locale !== doc.sourceLocale) return [link('update', shown, editor.edit(shown))];
  return [link('edit', shown, editor.edit(shown))];
}
