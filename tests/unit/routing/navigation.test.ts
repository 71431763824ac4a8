import { describe, it, expect } from 'vitest';
import { buildNavigation } from '../../../src/lib/routing/navigation';
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
