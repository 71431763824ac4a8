import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite, siteRules, type SiteInput, type SiteRule } from './site-check';
import { locales } from '../../src/i18n/locales';

const site = 'https://itbridge.test';

interface PageSpec {
  lang: string;
  canonical?: string | null;
  alternates?: [string, string][];
  switcher?: [string, string][];
  robots?: string;
  body?: string;
}

/** The share-image meta tags a layout writes for the image at `path`. */
const shareMeta = (path: string) =>
  `<meta property="og:image" content="${site}${path}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="Guide"><meta name="twitter:card" content="summary_large_image">`;

/** The first bytes of a PNG of this size: signature and IHDR, all that the gate reads. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function page(spec: PageSpec): string {
  const canonical = spec.canonical === null ? '' : `<link rel="canonical" href="${spec.canonical}">`;
  const alternates = (spec.alternates ?? []).map(([l, h]) => `<link rel="alternate" hreflang="${l}" href="${h}">`).join('');
  const switcher = (spec.switcher ?? []).map(([l, h]) => `<li><a href="${h}" lang="${l}" hreflang="${l}">${l}</a></li>`).join('');
  return `<!doctype html><html lang="${spec.lang}"><head>${shareMeta(`/og/${spec.lang}/guide.png`)}${canonical}${alternates}${spec.robots ? `<meta name="robots" content="${spec.robots}">` : ''}</head>
<body><header><a class="skip-link" href="#main">${spec.lang === 'en' ? 'Skip to main content' : 'Перейти до основного вмісту'}</a>
<nav class="lang-switcher"><ul>${switcher}</ul></nav></header><main id="main">${spec.body ?? ''}</main></body></html>`;
}

/**
 * A small, correct site: a guide in English and Ukrainian, fallbacks of it in the other locales, and an
 * asset. The markup is written out by hand, not from the DOM contract, so that it stands for what a
 * template emits.
 */
function fixture(): { pages: Map<string, string>; files: Set<string>; sitemap: string[]; bytes: Map<string, Uint8Array>; editLinks: boolean } {
  const switcher = locales.map((l): [string, string] => [l, `/${l}/guide/`]);
  const alternates: [string, string][] = [['en', `${site}/en/guide/`], ['uk', `${site}/uk/guide/`], ['x-default', `${site}/`]];
  const fallback = (lang: string) =>
    page({ lang, canonical: `${site}/en/guide/`, switcher, robots: 'noindex', body: '<aside data-fallback-notice><p>Pagina nu este încă tradusă.</p><a href="/en/guide/" hreflang="en" data-original-link>Originalul</a></aside><article lang="en"><p>Text</p></article>' });
  return {
    pages: new Map([
      ['/', `<!doctype html><html lang="en"><head>${shareMeta('/og/default.png')}</head><body><a href="/en/guide/">English</a><a href="/uk/guide/">Українська</a></body></html>`],
      ['/en/guide/', page({ lang: 'en', canonical: `${site}/en/guide/`, alternates, switcher, body: '<article data-pagefind-body><h2 id="intro">Intro</h2><a href="#intro">Intro</a><img src="/logo.svg" alt=""></article>' })],
      ['/uk/guide/', page({ lang: 'uk', canonical: `${site}/uk/guide/`, alternates, switcher, body: '<article data-pagefind-body><a href="/uk/guide/#top">Вгору</a><span id="top"></span></article>' })],
      ...locales.filter((l) => l !== 'en' && l !== 'uk').map((l): [string, string] => [`/${l}/guide/`, fallback(l)]),
    ]),
    files: new Set(['/logo.svg', '/og/default.png', ...locales.map((l) => `/og/${l}/guide.png`)]),
    sitemap: ['/en/guide/', '/uk/guide/'],
    bytes: new Map([['/og/default.png', pngHeader(1200, 630)], ...locales.map((l): [string, Uint8Array] => [`/og/${l}/guide.png`, pngHeader(1200, 630)])]),
    editLinks: false,
  };
}

function run(change?: (f: ReturnType<typeof fixture>) => void, rules?: readonly SiteRule[]) {
  const f = fixture();
  change?.(f);
  const input: SiteInput = { ...f, site, englishStrings: new Set(['Skip to main content', 'Guides']), readFile: (path) => (f.files.has(path) ? f.bytes.get(path) : undefined) };
  return checkSite(input, rules);
}
const rules = (change?: (f: ReturnType<typeof fixture>) => void) => run(change).map((x) => x.rule);
const edit = (f: ReturnType<typeof fixture>, path: string, from: string | RegExp, to: string) => f.pages.set(path, f.pages.get(path)!.replace(from, to));
const editAll = (f: ReturnType<typeof fixture>, from: string | RegExp, to: string) => {
  for (const path of f.pages.keys()) edit(f, path, from, to);
};

describe('checkSite', () => {
  it('passes the correct fixture site', () => {
    expect(run()).toEqual([]);
  });

  it('reports a broken internal link, naming page, element and rule', () => {
    const [finding] = run((f) => edit(f, '/en/guide/', '<img src="/logo.svg"', '<a href="/en/nowhere/">x</a><img src="/logo.svg"'));
    expect(finding).toEqual({ page: '/en/guide/', element: '<a href="/en/nowhere/">', rule: 'broken-link', message: '/en/nowhere/ does not resolve to a built page or file' });
  });

  it('reports a missing asset', () => {
    expect(rules((f) => f.files.delete('/logo.svg'))).toEqual(['broken-link']);
  });

  it('reports a fragment that is not an id on the target page', () => {
    expect(rules((f) => edit(f, '/en/guide/', 'href="#intro"', 'href="#outro"'))).toEqual(['broken-fragment']);
  });

  it('reports a link to another language outside the switcher and the original link', () => {
    expect(rules((f) => edit(f, '/uk/guide/', '<article data-pagefind-body>', '<article data-pagefind-body><a href="/en/guide/">English text</a>'))).toEqual(['cross-locale-link']);
  });

  it('reports a script written after </html> and markup before the doctype, as a page outside its layout would', () => {
    const module = '<script type="module">document.title;</script>';
    const [after] = run((f) => edit(f, '/en/guide/', '</body></html>', `</body></html>\n${module}\n`));
    expect(after).toMatchObject({ page: '/en/guide/', rule: 'after-html' });
    expect(after!.message).toContain(module);
    expect(rules((f) => edit(f, '/uk/guide/', '<!doctype html>', `${module}<!doctype html>`))).toEqual(['before-doctype']);
    // A trailing line break is no content.
    expect(rules((f) => edit(f, '/uk/guide/', '</html>', '</html>\n'))).toEqual([]);
  });

  it('reports a page whose html lang is not its locale', () => {
    expect(rules((f) => edit(f, '/uk/guide/', 'lang="uk"', 'lang="ua"'))).toContain('html-lang');
  });

  it('reports a fallback page whose article is not marked with the original’s language', () => {
    expect(rules((f) => edit(f, '/ro/guide/', '<article lang="en">', '<article>'))).toEqual(['fallback-lang']);
  });

  it('reports an indexable fallback page and one listed in the sitemap', () => {
    expect(rules((f) => edit(f, '/ro/guide/', '<meta name="robots" content="noindex">', ''))).toEqual(['fallback-indexable']);
    expect(rules((f) => f.sitemap.push('/ro/guide/'))).toEqual(['sitemap-noindex']);
  });

  it('reports a missing or relative canonical', () => {
    expect(rules((f) => edit(f, '/en/guide/', /<link rel="canonical"[^>]*>/, ''))).toEqual(['canonical']);
    expect(rules((f) => edit(f, '/en/guide/', `href="${site}/en/guide/">`, 'href="/en/guide/">'))).toContain('canonical');
  });

  it('reports hreflang alternates that are relative, lack x-default or the page itself, or point to a fallback', () => {
    expect(rules((f) => edit(f, '/en/guide/', `hreflang="uk" href="${site}/uk/guide/"`, 'hreflang="uk" href="/uk/guide/"'))).toContain('hreflang-absolute');
    expect(rules((f) => edit(f, '/en/guide/', `<link rel="alternate" hreflang="x-default" href="${site}/">`, ''))).toEqual(['hreflang-x-default']);
    expect(rules((f) => edit(f, '/en/guide/', `<link rel="alternate" hreflang="en" href="${site}/en/guide/">`, ''))).toEqual(['hreflang-self']);
    expect(rules((f) => edit(f, '/en/guide/', '<link rel="alternate" hreflang="x-default"', `<link rel="alternate" hreflang="ro" href="${site}/ro/guide/"><link rel="alternate" hreflang="x-default"`))).toEqual(['hreflang-fallback']);
  });

  it('reports alternates that are not reciprocal', () => {
    expect(rules((f) => edit(f, '/uk/guide/', `<link rel="alternate" hreflang="en" href="${site}/en/guide/">`, ''))).toEqual(expect.arrayContaining(['hreflang-reciprocal']));
  });

  it('reports a sitemap URL that was not built', () => {
    expect(rules((f) => f.sitemap.push('/bg/nowhere/'))).toEqual(['sitemap-missing']);
  });

  it('reports a language-switcher link that leads nowhere', () => {
    expect(rules((f) => edit(f, '/en/guide/', '<li><a href="/ro/guide/"', '<li><a href="/ro/nowhere/"'))).toEqual(['switcher-404']);
  });

  it('reports English UI strings in the chrome of a non-English page', () => {
    const findings = run((f) => edit(f, '/uk/guide/', 'Перейти до основного вмісту', 'Skip to main content'));
    expect(findings).toEqual([
      { page: '/uk/guide/', element: '<a.skip-link href="#main">', rule: 'untranslated-chrome', message: '"Skip to main content" is the English UI string' },
    ]);
  });

  it('reports English UI strings in the notice of a stale translation', () => {
    expect(rules((f) => edit(f, '/uk/guide/', '<article data-pagefind-body>', '<aside data-stale-notice><p>Guides</p></aside><article data-pagefind-body>'))).toEqual(['untranslated-chrome']);
  });

  it('reports a page without a share image, or whose image is relative, elsewhere, unbuilt, not a PNG or of another size', () => {
    expect(rules((f) => edit(f, '/uk/guide/', /<meta property="og:image" [^>]*>/, ''))).toEqual(['share-image-missing']);
    expect(rules((f) => edit(f, '/', '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:card" content="summary">'))).toEqual(['share-image-missing']);
    expect(rules((f) => edit(f, '/en/guide/', '<meta property="og:image:alt" content="Guide">', '<meta property="og:image:alt" content="">'))).toEqual(['share-image-missing']);
    expect(rules((f) => edit(f, '/en/guide/', `content="${site}/og/en/guide.png"`, 'content="/og/en/guide.png"'))).toEqual(['share-image-url']);
    expect(rules((f) => edit(f, '/en/guide/', `content="${site}/og/en/guide.png"`, 'content="https://images.example/og/en/guide.png"'))).toEqual(['share-image-url']);
    expect(rules((f) => f.files.delete('/og/ro/guide.png'))).toEqual(['share-image-404']);
    expect(rules((f) => f.bytes.set('/og/bg/guide.png', new TextEncoder().encode('<svg></svg>')))).toEqual(['share-image-size']);
    expect(rules((f) => f.bytes.set('/og/default.png', pngHeader(1200, 600)))).toEqual(['share-image-size']);
    expect(rules((f) => edit(f, '/es/guide/', '<meta property="og:image:height" content="630">', '<meta property="og:image:height" content="627">'))).toEqual(['share-image-size']);
  });

  it('reports editing links while no repository is set, and an article without them once it is', () => {
    const links = '<ul class="edit-links" data-pagefind-ignore><li><a href="https://github.com/o/r/edit/main/content/guides/en/guide.md" rel="nofollow">Edit this page</a></li></ul>';
    const addLinks = (f: ReturnType<typeof fixture>) => {
      for (const path of f.pages.keys()) if (path !== '/') edit(f, path, '</article>', `</article>${links}`);
    };
    expect(rules((f) => edit(f, '/en/guide/', '</article>', `</article>${links}`))).toEqual(['edit-links-unset']);
    const set = run((f) => (f.editLinks = true));
    expect(set.map((x) => [x.page, x.rule]).sort()).toEqual(locales.map((l) => [`/${l}/guide/`, 'edit-links-missing']).sort());
    expect(rules((f) => { f.editLinks = true; addLinks(f); })).toEqual([]);
  });

  it('reports editing links inside the indexed text, or without the mark that keeps them out of it', () => {
    const set = (f: ReturnType<typeof fixture>, list: string, where = '</article>') => {
      f.editLinks = true;
      for (const path of f.pages.keys()) if (path !== '/') edit(f, path, '</article>', '</article><ul class="edit-links" data-pagefind-ignore><li>x</li></ul>');
      edit(f, '/en/guide/', /<\/article><ul class="edit-links"[^]*?<\/ul>/, where === '</article>' ? `</article>${list}` : `${list}</article>`);
    };
    expect(rules((f) => set(f, '<ul class="edit-links"><li>x</li></ul>'))).toEqual(['edit-links-indexed']);
    expect(rules((f) => set(f, '<ul class="edit-links" data-pagefind-ignore><li>x</li></ul>', 'inside'))).toEqual(['edit-links-indexed']);
  });

  it('reports an indexable page that the sitemap leaves out', () => {
    expect(rules((f) => f.sitemap.splice(f.sitemap.indexOf('/uk/guide/'), 1))).toEqual(['sitemap-omitted']);
  });
});

describe('checkSite when a template and the DOM contract disagree', () => {
  it('reports every page whose language switcher has another class, instead of finding no links and passing', () => {
    const findings = run((f) => editAll(f, 'class="lang-switcher"', 'class="language-switcher"'));
    const missing = findings.filter((x) => x.rule === 'switcher-missing');
    expect(missing.map((x) => x.page).sort()).toEqual(locales.map((l) => `/${l}/guide/`).sort());
    expect(missing[0]!.message).toContain('nav.lang-switcher');
    // Its links are no longer recognised as the switcher, so they also count as jumps to another language.
    expect(findings.map((x) => x.rule)).toContain('cross-locale-link');
  });

  it('reports a switcher that lacks a locale', () => {
    expect(rules((f) => edit(f, '/en/guide/', '<li><a href="/bg/guide/" lang="bg" hreflang="bg">bg</a></li>', ''))).toEqual(['switcher-missing']);
  });

  it('reports a fallback page whose notice has another attribute, since its canonical still says it is a fallback', () => {
    const findings = run((f) => edit(f, '/ro/guide/', 'data-fallback-notice', 'data-untranslated-notice'));
    expect(findings.map((x) => [x.page, x.rule])).toEqual([['/ro/guide/', 'fallback-notice']]);
  });

  it('reports a fallback page without a link to the original, or with one that is not its canonical', () => {
    // Without its mark the link to the original is also an ordinary jump to another language.
    expect(rules((f) => edit(f, '/ro/guide/', ' data-original-link', ''))).toEqual(['cross-locale-link', 'fallback-original-link', 'fallback-lang']);
    expect(rules((f) => edit(f, '/ro/guide/', '<a href="/en/guide/" hreflang="en" data-original-link>', '<a href="/uk/guide/" hreflang="en" data-original-link>'))).toEqual(['fallback-original-link']);
  });

  it('reports a fallback notice on a page that is canonical to itself', () => {
    expect(rules((f) => edit(f, '/uk/guide/', '<article data-pagefind-body>', '<aside data-fallback-notice><p>Не перекладено.</p></aside><article data-pagefind-body>'))).toContain('fallback-notice');
  });

  it('reports a page whose skip link has another class', () => {
    expect(rules((f) => edit(f, '/uk/guide/', 'class="skip-link"', 'class="skip"'))).toEqual(['skip-link']);
  });

  it('reports a real article without the search body mark, and a fallback page with one', () => {
    expect(rules((f) => edit(f, '/en/guide/', '<article data-pagefind-body>', '<article data-search-body>'))).toEqual(['search-body-missing']);
    expect(rules((f) => edit(f, '/es/guide/', '<article lang="en">', '<article lang="en" data-pagefind-body>'))).toEqual(['search-body-fallback']);
  });
});

describe('glued text', () => {
  it('reports a word run into an inline element, on either side', () => {
    expect(rules((f) => edit(f, '/en/guide/', '<img src="/logo.svg" alt="">', '<img src="/logo.svg" alt=""><p>See<code>README.md</code> first</p>'))).toEqual(['glued-text']);
    expect(rules((f) => edit(f, '/en/guide/', '<img src="/logo.svg" alt="">', '<img src="/logo.svg" alt=""><p>See <strong>this</strong>now</p>'))).toEqual(['glued-text']);
  });

  it('accepts spaces, punctuation and elements that start a line', () => {
    expect(rules((f) => edit(f, '/en/guide/', '<img src="/logo.svg" alt="">', '<img src="/logo.svg" alt=""><p>See <code>README.md</code>, then (<a href="#intro">intro</a>).</p><p><strong>Note</strong> this</p>'))).toEqual([]);
  });
});

describe('the rules of the site gate', () => {
  it('are one module each under site-check/rules, all of them run', () => {
    const files = readdirSync(join(import.meta.dirname, 'site-check/rules')).map((f) => f.replace(/\.ts$/, ''));
    expect(siteRules.map((r) => r.name).sort()).toEqual(files.sort());
  });

  it('refuse a finding id the rule does not declare', () => {
    const careless: SiteRule = { name: 'careless', ids: ['one'], checkSite: (_site, report) => report('/', 'x', 'other', 'm') };
    expect(() => run(undefined, [careless])).toThrow('tests/site/site-check/rules/careless.ts reported "other"; add it to the rule\'s ids.');
  });
});
