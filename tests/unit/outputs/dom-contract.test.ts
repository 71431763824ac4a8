import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import LanguageSwitcher from '../../../src/components/LanguageSwitcher.astro';
import FallbackNotice from '../../../src/components/FallbackNotice.astro';
import { locales } from '../../../src/i18n/locales';
import { buildSwitcherLinks } from '../../../src/lib/routing/static-paths';
import { createUrls } from '../../../src/lib/routing/urls';
import { attributes, classes, dataFlag, isNoindex, searchMark, searchWeight, selectors } from '../../../src/lib/outputs/dom-contract';

const urls = createUrls({ base: '/', site: 'https://itbridge.test' });

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return parse(await container.renderToString(component, { props }));
}

describe('the DOM contract', () => {
  it('builds selectors from the names the templates write', () => {
    expect(selectors).toEqual({
      fallbackNotice: '[data-fallback-notice]',
      staleNotice: '[data-stale-notice]',
      draftBanner: '[data-draft-banner]',
      originalLink: 'a[data-original-link]',
      searchBody: '[data-pagefind-body]',
      searchIgnore: '[data-pagefind-ignore]',
      languageSwitcher: 'nav.lang-switcher',
      languageSwitcherLinks: 'nav.lang-switcher a',
      skipLink: 'a.skip-link',
      editLinks: 'ul.edit-links a',
      robotsMeta: 'meta[name="robots"]',
    });
  });

  it('reads noindex from any position, in any case, and from "none"', () => {
    expect(isNoindex('noindex')).toBe(true);
    expect(isNoindex('follow, NoIndex')).toBe(true);
    expect(isNoindex('none')).toBe(true);
    expect(isNoindex('index, follow')).toBe(false);
    expect(isNoindex('nofollow')).toBe(false);
    expect(isNoindex(undefined)).toBe(false);
    expect(isNoindex('')).toBe(false);
  });

  it('sets a flag attribute only when asked to', () => {
    expect(dataFlag(attributes.searchBody)).toEqual({ 'data-pagefind-body': '' });
    expect(dataFlag(attributes.searchBody, false)).toEqual({});
  });

  it('writes Pagefind marks that take their value from data-value', () => {
    expect(searchMark('filter', 'topic', 'training')).toEqual({ 'data-pagefind-filter': 'topic[data-value]', 'data-value': 'training' });
    expect(searchMark('sort', 'date', '2025-02-13')).toEqual({ 'data-pagefind-sort': 'date[data-value]', 'data-value': '2025-02-13' });
    expect(searchMark('meta', 'type', 'Guide')).toEqual({ 'data-pagefind-meta': 'type[data-value]', 'data-value': 'Guide' });
  });

  it("writes a region's search weight only when it differs from Pagefind's default, and refuses one Pagefind would clamp", () => {
    expect(searchWeight(0.1)).toEqual({ 'data-pagefind-weight': '0.1' });
    expect(searchWeight(2)).toEqual({ 'data-pagefind-weight': '2' });
    expect(searchWeight(1)).toEqual({});
    expect(() => searchWeight(11)).toThrow(RangeError);
    expect(() => searchWeight(-1)).toThrow(RangeError);
    expect(() => searchWeight(Number.NaN)).toThrow(RangeError);
  });

  it('finds one switcher link per locale in the rendered language switcher', async () => {
    const root = await render(LanguageSwitcher, { locale: 'uk', links: buildSwitcherLinks('uk', (l) => urls.home(l)) });
    expect(root.querySelectorAll(selectors.languageSwitcherLinks).map((a) => a.getAttribute('hreflang'))).toEqual([...locales]);
  });

  it('finds the fallback notice and its link to the original in the rendered notice', async () => {
    const root = await render(FallbackNotice, { locale: 'bg', originalLocale: 'en', originalHref: '/en/guides/x/' });
    expect(root.querySelector(selectors.fallbackNotice)).not.toBeNull();
    expect(root.querySelector(selectors.staleNotice)).toBeNull();
    expect(root.querySelector(selectors.originalLink)?.getAttribute('href')).toBe('/en/guides/x/');
  });

  it('marks a stale translation’s notice as stale, not as a fallback', async () => {
    const root = await render(FallbackNotice, { locale: 'uk', originalLocale: 'en', originalHref: '/en/guides/x/', stale: true });
    expect(root.querySelector(selectors.staleNotice)).not.toBeNull();
    expect(root.querySelector(selectors.fallbackNotice)).toBeNull();
    expect(root.querySelector(selectors.originalLink)).not.toBeNull();
  });

  it('is styled by name in the stylesheets, which cannot import it', () => {
    const dir = resolve(import.meta.dirname, '../../../src/styles');
    const css = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
    for (const name of Object.values(classes)) {
      expect(css, `src/styles/ has no .${name}: rename the class there too`).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
    }
  });
});
