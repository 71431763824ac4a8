import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNavigation, currentLanguage, searchQueryParam, showsHeaderSearch } from '../../../src/lib/routing/navigation';
import { buildSwitcherLinks } from '../../../src/lib/routing/static-paths';
import { rootUrls as urls, subUrls } from '../../helpers/entries';

describe('buildNavigation', () => {
  it('has seven items in header order, search last, each with its label key', () => {
    expect(buildNavigation('en', urls).map((i) => [i.section, i.labelKey])).toEqual([
      ['home', 'nav.home'],
      ['news', 'nav.news'],
      ['guides', 'nav.guides'],
      ['studies', 'nav.studies'],
      ['partners', 'nav.partners'],
      ['about', 'nav.about'],
      ['search', 'search.open'],
    ]);
  });

  it('builds every href in the reader’s locale through the URL builder', () => {
    expect(buildNavigation('ro', urls).map((i) => i.href)).toEqual([
      '/ro/',
      '/ro/news/',
      '/ro/guides/',
      '/ro/studies/',
      '/ro/partners/',
      '/ro/about/',
      '/ro/search/',
    ]);
  });

  it('honours the base', () => {
    expect(buildNavigation('uk', subUrls).map((i) => i.href)).toEqual([
      '/sub/uk/',
      '/sub/uk/news/',
      '/sub/uk/guides/',
      '/sub/uk/studies/',
      '/sub/uk/partners/',
      '/sub/uk/about/',
      '/sub/uk/search/',
    ]);
  });

  it('marks only the current section as current', () => {
    const items = buildNavigation('ro', urls, 'news');
    expect(items.filter((i) => i.current).map((i) => i.href)).toEqual(['/ro/news/']);
    expect(buildNavigation('bg', urls, 'about').filter((i) => i.current).map((i) => i.section)).toEqual(['about']);
  });

  it('marks nothing as current when no section is given', () => {
    expect(buildNavigation('es', urls).some((i) => i.current)).toBe(false);
  });
});

describe('the header search', () => {
  it('shows on every section but the search page, and on pages without a section', () => {
    for (const section of ['home', 'news', 'guides', 'studies', 'partners', 'about'] as const) expect(showsHeaderSearch(section), section).toBe(true);
    expect(showsHeaderSearch(undefined)).toBe(true);
    expect(showsHeaderSearch('search')).toBe(false);
  });

  it('submits under the parameter the search page reads', () => {
    const ui = readFileSync(resolve(import.meta.dirname, '../../../src/lib/search/search-ui.ts'), 'utf8');
    expect(ui).toContain(`params.get('${searchQueryParam}')`);
    expect(ui).toContain(`params.set('${searchQueryParam}'`);
  });
});

describe('currentLanguage', () => {
  it('finds the page’s own language among the switcher links', () => {
    const links = buildSwitcherLinks('bg', (l) => urls.home(l));
    expect(currentLanguage(links, 'bg')).toMatchObject({ locale: 'bg', nativeName: 'Български', href: '/bg/' });
  });

  it('refuses links that do not include the current locale', () => {
    const links = buildSwitcherLinks('en', (l) => urls.home(l)).filter((l) => l.locale !== 'es');
    expect(() => currentLanguage(links, 'es')).toThrow(/no link for the current locale "es"/);
  });
});
