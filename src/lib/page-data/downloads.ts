import type { Locale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import type { UrlBuilder } from '../routing/urls';

export interface DownloadInput {
  title: string;
  /** Site path under public/, e.g. /downloads/study.pdf */
  file: string;
  lang: Locale;
}

export interface DownloadLink {
  title: string;
  href: string;
  /** Language of the file, for hreflang and for marking the title. */
  lang: Locale;
  /** "PDF, 1.2 MB, in English" in the reader's language. */
  details: string;
}

/**
 * Describes downloadable files for readers: format, size and language shown before they click.
 * `sizeOf` returns the file's size in bytes (the page passes a function over public/; tests pass numbers).
 * @example describeDownloads([{ title: 'Report', file: '/downloads/r.pdf', lang: 'en' }], () => 1_200_000, t, urls)[0].details // 'PDF, 1.2 MB, in English'
 */
export function describeDownloads(
  downloads: readonly DownloadInput[],
  sizeOf: (file: string) => number,
  translator: Translator,
  urls: UrlBuilder,
): DownloadLink[] {
  return downloads.map((d) => {
    const format = (d.file.split('.').pop() ?? '').toUpperCase();
    return {
      title: d.title,
      href: urls.asset(d.file),
      lang: d.lang,
      details: translator.t('study.fileDetails', {
        format,
        size: translator.formatFileSize(sizeOf(d.file)),
        language: translator.languageName(d.lang),
      }),
    };
  });
}
