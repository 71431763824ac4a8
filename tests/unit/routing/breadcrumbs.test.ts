import { describe, it, expect } from 'vitest';
import { buildBreadcrumbs, breadcrumbJsonLd } from '../../../src/lib/routing/breadcrumbs';
import { createUrls } from '../../../src/lib/routing/urls';

const urls = createUrls({ base: '/', site: 'https://itbridge.test' });
const sub = createUrls({ base: '/sub/', site: 'https://itbridge.test' });
const trail = [
  { label: 'Головна', href: urls.home('uk') },
  { label: 'Новини', href: urls.listing('uk', 'news') },
  { label: 'Старт у Клуж-Напоці', href: urls.entry('uk', 'news', 'kickoff') },
];

describe('buildBreadcrumbs', () => {
  it('marks only the last crumb as the current page', () => {
    expect(buildBreadcrumbs(trail)).toEqual([
      { label: 'Головна', href: '/uk/', current: false, parent: false },
      { label: 'Новини', href: '/uk/news/', current: false, parent: true },
      { label: 'Старт у Клуж-Напоці', href: '/uk/news/kickoff/', current: true, parent: false },
    ]);
  });

  it('marks a single crumb as current', () => {
    expect(buildBreadcrumbs([{ label: 'Home', href: '/en/' }])).toEqual([{ label: 'Home', href: '/en/', current: true, parent: false }]);
  });

  it('rejects an empty trail', () => {
    expect(() => buildBreadcrumbs([])).toThrow('at least one item');
  });

  it.each(['uk/news/', 'https://itbridge.test/uk/', '//evil.test/uk/', ''])('rejects the href "%s" that is not a site path', (href) => {
    expect(() => buildBreadcrumbs([{ label: 'Home', href: '/en/' }, { label: 'Bad', href }])).toThrow(
      `Breadcrumb "Bad" has href "${href}"`,
    );
  });

  it('rejects a blank label', () => {
    expect(() => buildBreadcrumbs([{ label: '  ', href: '/en/' }])).toThrow('empty label');
  });
});

describe('breadcrumbJsonLd', () => {
  it('builds a schema.org BreadcrumbList with positions from 1 and absolute URLs', () => {
    expect(breadcrumbJsonLd(buildBreadcrumbs(trail), urls.absolute)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Головна', item: 'https://itbridge.test/uk/' },
        { '@type': 'ListItem', position: 2, name: 'Новини', item: 'https://itbridge.test/uk/news/' },
        { '@type': 'ListItem', position: 3, name: 'Старт у Клуж-Напоці', item: 'https://itbridge.test/uk/news/kickoff/' },
      ],
    });
  });

  it('keeps a non-root base in the absolute URLs', () => {
    const crumbs = buildBreadcrumbs([{ label: 'Acasă', href: sub.home('ro') }]);
    expect(breadcrumbJsonLd(crumbs, sub.absolute).itemListElement[0]?.item).toBe('https://itbridge.test/sub/ro/');
  });

  it('serialises to JSON that keeps the @-keys', () => {
    const json = JSON.parse(JSON.stringify(breadcrumbJsonLd(buildBreadcrumbs(trail), urls.absolute)));
    expect(json['@type']).toBe('BreadcrumbList');
    expect(json.itemListElement[2]['@type']).toBe('ListItem');
  });

  it('rejects an empty list', () => {
    expect(() => breadcrumbJsonLd([], urls.absolute)).toThrow('at least one item');
  });
});
