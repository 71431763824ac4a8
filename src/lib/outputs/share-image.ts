/**
 * Share images (Open Graph `og:image`, `twitter:card`): which file a page's image is, what its card
 * says, the card's layout as a satori element tree, and the cache key that decides whether a rebuild
 * draws it again. Pure: no file system, no renderer. The head (head.ts) and the generator
 * (src/integrations/share-images.ts, drawing with share-image-render.ts) both call {@link shareImagePath},
 * so the meta tag and the file cannot point at different places.
 */
import { createHash } from 'node:crypto';
import { isLocale, localeRegistry, type Locale } from '../../i18n/locales';
import { brandColours, markSvg } from '../identity/brand';
import { countGraphemes, truncateAtWord } from '../format/truncate';

/** The size every share image is drawn at (the size Open Graph readers show large). */
export const shareImage = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * Part of every cache key. The layout, the text, the fonts and the renderer versions are in the key on
 * their own; bump this only for a change the key cannot see (say, a new resvg option).
 */
export const shareImageRendererVersion = 1;

/** Where the images live in the built site, under the site's base. */
const folder = 'og';

/**
 * The site path of a page's share image, from the page's site path (as the URL builder writes it,
 * `root` being the site's base, i.e. `urls.chooser()`). Pages in a locale get their own image; pages
 * outside every locale (the chooser, the root 404, the editors' status page) share the default one.
 * @example shareImagePath('/uk/guides/gdpr/') // '/og/uk/guides/gdpr.png'
 * @example shareImagePath('/en/') // '/og/en/index.png'
 * @example shareImagePath('/404.html') // '/og/default.png'
 */
export function shareImagePath(pagePath: string, root = '/'): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  const inside = pagePath.startsWith(base) ? pagePath.slice(base.length) : pagePath.replace(/^\/+/, '');
  const segments = inside
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (!isLocale(segments[0])) return `${base}${folder}/default.png`;
  const name = segments.length === 1 ? [segments[0], 'index'] : segments;
  return `${base}${folder}/${name.join('/')}.png`;
}

/** The sections whose pages carry the section's name above their title, keyed by their URL segment. */
const sectionKeys = {
  news: 'nav.news',
  guides: 'nav.guides',
  studies: 'nav.studies',
  partners: 'nav.partners',
  topics: 'article.topics',
} as const;
export type ShareSectionKey = (typeof sectionKeys)[keyof typeof sectionKeys];

/**
 * The UI string naming a page's section, from its path: `/uk/news/x/` → `nav.news`; undefined for
 * pages that belong to no section (home, standalone pages, search, 404).
 * @example shareSectionKey('/ro/guides/gdpr/') // 'nav.guides'
 */
export function shareSectionKey(pagePath: string, root = '/'): ShareSectionKey | undefined {
  const inside = pagePath.startsWith(root) ? pagePath.slice(root.length) : pagePath;
  const [locale, section] = inside.split('/').filter(Boolean);
  if (!isLocale(locale) || !section) return undefined;
  return (sectionKeys as Record<string, ShareSectionKey>)[section];
}

/** What one card says. Everything that changes the picture is here (and in the fonts and the version). */
export interface ShareCard {
  /** Language of the card's text (`lang` of the page); undefined for the site-wide default card. */
  lang: Locale | undefined;
  /** The page title, as the page's og:title says it. */
  title: string;
  /** The section in the page's language ("Guides"), above the title. */
  label?: string | undefined;
  /** The site name, beside the mark. */
  siteName: string;
  /** The line in the blue band at the foot: the tagline in the page's language. */
  footer: string;
}

/** The card of the site-wide default image: the tagline, and the five languages the site speaks. */
export function defaultShareCard(siteName: string, tagline: string): ShareCard {
  return { lang: undefined, title: tagline, siteName, footer: localeRegistry.map((l) => l.nativeName).join(' · ') };
}

/**
 * Title sizes by length (graphemes): the longer the title, the smaller the type. Titles are at most 120
 * characters (schemas.ts); a longer one is cut there, and four lines is the most that satori draws.
 */
const titleSteps = [
  { upTo: 40, size: 76 },
  { upTo: 70, size: 64 },
  { upTo: 95, size: 54 },
  { upTo: 120, size: 46 },
] as const;
export const shareTitleMax = titleSteps.at(-1)!.upTo;

/**
 * The title as drawn and its font size: short titles large, long ones smaller, and beyond
 * {@link shareTitleMax} characters cut at a word with "…" so that it fits in four lines.
 * @example fitShareTitle('Market entry') // { text: 'Market entry', size: 76 }
 */
export function fitShareTitle(title: string): { text: string; size: number } {
  const text = keepShortCompounds(keepShortWordsWithNext(truncateAtWord(title, shareTitleMax)));
  const length = countGraphemes(text);
  const step = titleSteps.find((s) => length <= s.upTo) ?? titleSteps.at(-1)!;
  return { text, size: step.size };
}

/**
 * Binds a one-letter word to the word after it with a no-break space, so that no line of a title ends
 * in "в", "і", "o" or "a" (a rule of Ukrainian, Bulgarian and Romanian typesetting, harmless in English).
 * @example keepShortWordsWithNext('продаючи в ЄС') // 'продаючи в\u00a0ЄС'
 */
export function keepShortWordsWithNext(text: string): string {
  return text.replace(/(^|\s)(\p{L})\s+(?=\S)/gu, '$1$2\u00a0');
}

/**
 * Keeps a compound whose first part is short ("ІТ-кластерів", "B2B-matchmaking") on one line, with a
 * word joiner after its hyphen (the font has no non-breaking hyphen); longer compounds may still break.
 * @example keepShortCompounds('ІТ-кластерів') // 'ІТ-\u2060кластерів'
 */
export function keepShortCompounds(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}]{1,3})-(?=\p{L})/gu, '$1-\u2060');
}

/** A node of the tree satori lays out: an element with inline style and children, like a React element. */
export interface ShareNode {
  type: 'div' | 'span' | 'img';
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    lang?: string;
    children?: string | ShareNode | Array<string | ShareNode>;
  };
}

/** The font families the card asks for, in fallback order; the renderer loads one font per subset. */
export const shareFontFamilies = ['Plex Latin', 'Plex Latin Ext', 'Plex Cyrillic', 'Plex Cyrillic Ext'] as const;

const node = (type: ShareNode['type'], style: Record<string, string | number>, children?: ShareNode['props']['children'], extra: Partial<ShareNode['props']> = {}): ShareNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/**
 * The card's layout, 1200 × 630: the bridge mark and the site name at the top, the section name and
 * the title in the middle on white, a yellow rule and a brand-blue band with the footer line below.
 */
export function shareCardTree(card: ShareCard): ShareNode {
  const { text, size } = fitShareTitle(card.title);
  const pad = 80;
  const bandHeight = 112;
  const mark = `data:image/svg+xml;base64,${Buffer.from(markSvg(64)).toString('base64')}`;
  return node(
    'div',
    {
      width: shareImage.width,
      height: shareImage.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: brandColours.paper,
      color: brandColours.ink,
      fontFamily: shareFontFamilies.join(', '),
    },
    [
      node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `64px ${pad}px 48px` }, [
        node('div', { display: 'flex', alignItems: 'center' }, [
          node('img', { width: 64, height: 64 }, undefined, { src: mark, width: 64, height: 64 }),
          node('div', { marginLeft: 20, fontSize: 40, fontWeight: 600, color: brandColours.brand, letterSpacing: -0.5 }, card.siteName),
        ]),
        node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
          ...(card.label
            ? [node('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: brandColours.brand, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 20 }, card.label)]
            : []),
          node('div', { display: 'block', fontSize: size, fontWeight: 600, lineHeight: 1.15, lineClamp: 4, maxWidth: shareImage.width - 2 * pad, letterSpacing: -0.5 }, text, card.lang ? { lang: card.lang } : {}),
        ]),
      ]),
      node('div', { display: 'flex', height: 10, backgroundColor: brandColours.accent }),
      node('div', { display: 'flex', alignItems: 'center', height: bandHeight, padding: `0 ${pad}px`, backgroundColor: brandColours.brand, color: brandColours.paper, fontSize: 30 }, card.footer),
    ],
  );
}

/**
 * The cache key of a card: a hash of the card's whole element tree (its text after fitting, and every
 * size, colour and the mark: a change to the layout redraws everything without anyone remembering to),
 * the font files' digest, and the renderer (satori and resvg versions, see share-image-render.ts). Same
 * inputs, same key; a changed title, label, font or drawing, a new key.
 * @example shareCacheKey(card, fontsDigest, 'satori 0.63.2, resvg 2.6.2') // '3f9a…' (64 hex digits)
 */
export function shareCacheKey(card: ShareCard, fontsDigest: string, renderer = ''): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: shareImageRendererVersion, renderer, fonts: fontsDigest, tree: shareCardTree(card) }))
    .digest('hex');
}

/**
 * Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG.
 * @example pngSize(readFileSync('dist/og/en/index.png')) // { width: 1200, height: 630 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
