import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultShareCard,
  fitShareTitle,
  keepShortCompounds,
  keepShortWordsWithNext,
  pngSize,
  shareCacheKey,
  shareCardTree,
  shareImage,
  shareImagePath,
  shareSectionKey,
  shareTitleMax,
  type ShareCard,
  type ShareNode,
} from '../../../src/lib/outputs/share-image';
import { createDrawer, createShareImageCache, headMeta, inPool, loadShareFonts, pageShareCard, rendererVersions } from '../../../src/lib/outputs/share-image-render';
import { countGraphemes } from '../../../src/lib/format/truncate';
import { brandColours } from '../../../src/lib/identity/brand';

const card: ShareCard = { lang: 'uk', title: 'Ґрунтовні кроки: їхні історії та є що сказати', label: 'Посібники', siteName: 'ITBridge', footer: 'Партнерство ІТ-кластерів ЄС та України' };

/** Every text in the tree, depth first. */
function texts(node: ShareNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}
function find(node: ShareNode, test: (n: ShareNode) => boolean): ShareNode[] {
  const children = node.props.children;
  const kids = children === undefined || typeof children === 'string' ? [] : (Array.isArray(children) ? children : [children]).filter((c): c is ShareNode => typeof c !== 'string');
  return [...(test(node) ? [node] : []), ...kids.flatMap((c) => find(c, test))];
}

describe('shareImagePath', () => {
  it('gives every page in a locale its own PNG under /og/, named after its path', () => {
    expect(shareImagePath('/uk/guides/gdpr/')).toBe('/og/uk/guides/gdpr.png');
    expect(shareImagePath('/en/news/2/')).toBe('/og/en/news/2.png');
    expect(shareImagePath('/ro/about/')).toBe('/og/ro/about.png');
    expect(shareImagePath('/bg/')).toBe('/og/bg/index.png');
    expect(shareImagePath('/es/404/')).toBe('/og/es/404.png');
  });

  it('maps a built file and its URL to the same image', () => {
    expect(shareImagePath('/uk/guides/gdpr/index.html')).toBe(shareImagePath('/uk/guides/gdpr/'));
    expect(shareImagePath('/en/index.html')).toBe('/og/en/index.png');
  });

  it('gives pages outside every locale the site-wide default image', () => {
    for (const path of ['/', '/index.html', '/404.html', '/status/translations/']) expect(shareImagePath(path)).toBe('/og/default.png');
  });

  it('keeps the site base', () => {
    expect(shareImagePath('/itbridge/uk/news/x/', '/itbridge/')).toBe('/itbridge/og/uk/news/x.png');
    expect(shareImagePath('/itbridge/', '/itbridge/')).toBe('/itbridge/og/default.png');
  });
});

describe('shareSectionKey', () => {
  it('names the section of detail pages and listings, and none for other pages', () => {
    expect(shareSectionKey('/ro/guides/gdpr/')).toBe('nav.guides');
    expect(shareSectionKey('/uk/news/')).toBe('nav.news');
    expect(shareSectionKey('/bg/topics/training/')).toBe('article.topics');
    expect(shareSectionKey('/en/about/')).toBeUndefined();
    expect(shareSectionKey('/en/')).toBeUndefined();
    expect(shareSectionKey('/status/translations/')).toBeUndefined();
  });
});

describe('fitShareTitle', () => {
  it('draws short titles large and long ones smaller', () => {
    const sizes = ['Market entry', 'A'.repeat(50), 'A '.repeat(40).trim(), 'Word '.repeat(23).trim()].map((t) => fitShareTitle(t).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });

  it('cuts a title longer than the maximum at a word, with an ellipsis', () => {
    const long = 'Market entry for Ukrainian IT companies '.repeat(5).trim();
    const { text } = fitShareTitle(long);
    expect(countGraphemes(text)).toBeLessThanOrEqual(shareTitleMax);
    expect(text.endsWith('…')).toBe(true);
    expect(long.replace(/\s+/g, ' ').startsWith(text.slice(0, -1).replace(/\u00a0/g, ' '))).toBe(true);
    expect(text.at(-2)).not.toBe(' ');
  });

  it('never splits a grapheme when it cuts', () => {
    const { text } = fitShareTitle('👩‍👩‍👧‍👦'.repeat(200));
    expect(text).toBe(`${'👩‍👩‍👧‍👦'.repeat(shareTitleMax - 1)}…`);
  });
});

describe('keepShortWordsWithNext', () => {
  it('binds one-letter words to the next word, and leaves longer words alone', () => {
    expect(keepShortWordsWithNext('продаючи в ЄС')).toBe('продаючи в\u00a0ЄС');
    expect(keepShortWordsWithNext('і договори та є що')).toBe('і\u00a0договори та є\u00a0що');
    expect(keepShortWordsWithNext('cum să pregătești o ședință')).toBe('cum să pregătești o\u00a0ședință');
    expect(keepShortWordsWithNext('ends in a')).toBe('ends in a');
  });
});

describe('keepShortCompounds', () => {
  it('joins a short first part to the rest of its compound, and leaves long compounds and dashes alone', () => {
    expect(keepShortCompounds('партнерство ІТ-кластерів')).toBe('партнерство ІТ-\u2060кластерів');
    expect(keepShortCompounds('B2B-matchmaking')).toBe('B2B-\u2060matchmaking');
    expect(keepShortCompounds('Cluj-Napoca')).toBe('Cluj-Napoca');
    expect(keepShortCompounds('EU - Ukraine')).toBe('EU - Ukraine');
  });
});

describe('shareCardTree', () => {
  const tree = shareCardTree(card);

  it('is 1200 × 630 and says the site name, the section, the title and the tagline', () => {
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(texts(tree)).toEqual(['ITBridge', 'Посібники', 'Ґрунтовні кроки: їхні історії та є\u00a0що сказати', 'Партнерство ІТ-кластерів ЄС та України']);
  });

  it('draws the bridge mark from the brand module and marks the title with the page language', () => {
    const [img] = find(tree, (n) => n.type === 'img');
    const svg = Buffer.from(img!.props.src!.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toContain(brandColours.brand);
    expect(svg).toContain(brandColours.accent);
    expect(find(tree, (n) => n.props.lang === 'uk')).toHaveLength(1);
  });

  it('leaves the label out when the page has no section', () => {
    expect(texts(shareCardTree({ ...card, label: undefined }))).toHaveLength(3);
  });

  it('shows the five languages on the default card', () => {
    expect(texts(shareCardTree(defaultShareCard('ITBridge', 'EU–Ukraine IT cluster partnership'))).at(-1)).toBe('English · Українська · Română · Español · Български');
  });
});

describe('shareCacheKey', () => {
  const key = shareCacheKey(card, 'fonts-1');

  it('is the same for the same inputs', () => {
    expect(shareCacheKey({ ...card }, 'fonts-1')).toBe(key);
  });

  it('changes with the title, the label, the language, the fonts and the renderer', () => {
    const others = [
      shareCacheKey({ ...card, title: `${card.title}!` }, 'fonts-1'),
      shareCacheKey({ ...card, label: 'Новини' }, 'fonts-1'),
      shareCacheKey({ ...card, lang: 'bg' }, 'fonts-1'),
      shareCacheKey({ ...card, footer: 'x' }, 'fonts-1'),
      shareCacheKey(card, 'fonts-2'),
      shareCacheKey(card, 'fonts-1', 'satori 0.64.0'),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});

describe('rendererVersions', () => {
  it('names the pinned satori and resvg', () => {
    expect(rendererVersions()).toMatch(/^satori \d+\.\d+\.\d+, resvg \d+\.\d+\.\d+$/);
  });
});

describe('pngSize', () => {
  it('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    expect(pngSize(new Uint8Array(8))).toBeUndefined();
  });
});

describe('drawing and the cache', () => {
  const { fonts, digest } = loadShareFonts();

  it('loads Latin, Latin Extended (ș ț) and Cyrillic (і ї є ґ) fonts in two weights', () => {
    expect(fonts).toHaveLength(8);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('draws a 1200 × 630 PNG', async () => {
    const png = await createDrawer(fonts)({ ...card, lang: 'ro', title: 'Întâlniri B2B: cum să pregătești o ședință în țările UE' });
    expect(pngSize(png)).toEqual({ width: shareImage.width, height: shareImage.height });
  });

  it('draws a card once: a second build with the same inputs reuses the cached PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-cache-'));
    const draw = vi.fn(async () => new Uint8Array([1, 2, 3]));
    const first = createShareImageCache({ dir, fontsDigest: digest, draw });
    expect(await first.get(card)).toMatchObject({ drawn: true });
    const second = createShareImageCache({ dir, fontsDigest: digest, draw });
    const again = await second.get({ ...card });
    expect(again.drawn).toBe(false);
    expect([...again.png]).toEqual([1, 2, 3]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(await second.get({ ...card, title: 'Інший заголовок' })).toMatchObject({ drawn: true });
    expect(draw).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('inPool', () => {
  it('runs every task, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      done.push(n);
      running -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });
});

describe('pageShareCard', () => {
  const strings = (locale: string | undefined) => (key: string) => `${locale ?? 'default'}:${key}`;
  const html = (title: string) => `<!doctype html><html lang="uk"><head><meta property="og:title" content="${title}"></head><body><h1>Не це</h1></body></html>`;

  it('takes the title from og:title (entities decoded) and the section and tagline in the page’s locale', () => {
    expect(pageShareCard('/uk/news/x/', html('Старт &amp; «ITBridge»'), '/', strings)).toEqual({
      lang: 'uk',
      title: 'Старт & «ITBridge»',
      label: 'uk:nav.news',
      siteName: 'uk:site.name',
      footer: 'uk:site.tagline',
    });
  });

  it('leaves the label out on pages without a section, and where the title is the section’s name', () => {
    expect(pageShareCard('/uk/about/', html('Про ITBridge'), '/', strings).label).toBeUndefined();
    expect(pageShareCard('/uk/topics/', html('uk:article.topics'), '/', strings).label).toBeUndefined();
  });

  it('shows the five languages at the foot of a title that already says the tagline', () => {
    expect(pageShareCard('/uk/', html('ITBridge: UK:SITE.TAGLINE'), '/', strings).footer).toBe('English · Українська · Română · Español · Български');
  });

  it('gives pages outside every locale the default card, whatever their head says', () => {
    expect(pageShareCard('/404.html', html('Page not found'), '/', strings)).toEqual(defaultShareCard('default:site.name', 'default:site.tagline'));
  });

  it('fails on a page in a locale without og:title, naming the page', () => {
    expect(() => pageShareCard('/ro/x/', '<html><head></head></html>', '/', strings)).toThrow('/ro/x/ has no og:title');
  });
});

describe('headMeta', () => {
  it('reads a meta property from the head only', () => {
    const page = '<html><head><meta property="og:image" content="https://x.org/og/en/index.png?a=1&amp;b=2"></head><body><meta property="og:title" content="body"></body></html>';
    expect(headMeta(page, 'og:image')).toBe('https://x.org/og/en/index.png?a=1&b=2');
    expect(headMeta(page, 'og:title')).toBeUndefined();
  });
});
