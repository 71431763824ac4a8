/**
 * How a Markdown table reaches the page: inside a scroll container that a keyboard can focus and
 * that assistive technology announces by name, because on a phone a table of three or more columns
 * is wider than the screen. The satteri plugin (src/integrations/table-scroll-plugin.ts) applies it.
 */
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import { attributes } from '../outputs/dom-contract';

/** Columns from which a table is wider than a phone (each cell keeps a readable minimum width). */
export const scrollHintColumns = 3;

/**
 * The language of a content file, from its folder (`content/<collection>/<locale>/<slug>.md`); the
 * default locale for a file outside such a folder.
 * @example contentLocaleOf(new URL('file:///site/content/guides/uk/gdpr.md')) // 'uk'
 */
export function contentLocaleOf(fileURL: URL | undefined): Locale {
  const folder = fileURL?.pathname.split('/').slice(-2, -1)[0];
  return isLocale(folder) ? folder : defaultLocale;
}

export interface TableRegion {
  /** The scroll container's element: a <section> with a name is a region landmark, as on the status page. */
  tagName: 'section';
  /** Attributes of the scroll container (HTML names). */
  attributes: Record<string, string>;
  /** The visible "scroll sideways" line before a wide table, or undefined for a narrow one. */
  hint: string | undefined;
}

/**
 * The scroll container of one table: a focusable, labelled region (WCAG 2.1.1: content that scrolls
 * must be reachable by keyboard), named after the heading the table belongs to, or "Table" when
 * there is none; and the scroll hint for tables of `scrollHintColumns` columns or more.
 * @example tableRegion('uk', 'Чекліст готовності', 3).attributes['aria-label'] // 'Чекліст готовності'
 */
export function tableRegion(locale: Locale, heading: string | undefined, columns: number): TableRegion {
  const { t } = useTranslations(locale);
  const label = heading?.trim() || t('article.table');
  return {
    tagName: 'section',
    attributes: { class: 'table-scroll', tabindex: '0', 'aria-label': label },
    hint: columns >= scrollHintColumns ? t('article.tableHint') : undefined,
  };
}

/** Attributes of the hint line: not indexed, and silent, since the region's name already says what it is. */
export const tableHintAttributes: Record<string, string> = { class: 'table-hint', 'aria-hidden': 'true', [attributes.searchIgnore]: '' };
