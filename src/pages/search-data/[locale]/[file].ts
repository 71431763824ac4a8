import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/locales';
import { getSearchData } from '../../../lib/search/site-search-data';

// The search vocabulary, one gzip file (named .words) per first letter and language (src/lib/search/lexicon.ts).
// Loaded only by the search page, for the letters of the reader's words.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const locale of locales) {
    const data = await getSearchData(locale);
    for (const file of data.bytes.keys()) paths.push({ params: { locale, file }, props: { locale, file } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, file } = props as { locale: Locale; file: string };
  const bytes = (await getSearchData(locale)).bytes.get(file)!;
  return new Response(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { headers: { 'Content-Type': 'application/octet-stream' } });
};
