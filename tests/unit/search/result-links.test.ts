import { describe, it, expect } from 'vitest';
import { isSectionOf, toSitePath } from '../../../src/lib/search/result-links';

describe('toSitePath', () => {
  it('keeps paths of the site, with their fragment', () => {
    expect(toSitePath('/en/guides/gdpr-basics/', '/')).toBe('/en/guides/gdpr-basics/');
    expect(toSitePath('/en/guides/gdpr-basics/#data-transfers', '/')).toBe('/en/guides/gdpr-basics/#data-transfers');
    expect(toSitePath('/itbridge/uk/news/', '/itbridge/')).toBe('/itbridge/uk/news/');
  });

  it('refuses another origin however it is written', () => {
    for (const url of ['//evil.example/phish', '/\\evil.example/phish', '\\\\evil.example', 'https://evil.example/', '/\t/evil.example', ' //evil.example']) {
      expect(toSitePath(url, '/'), url).toBeUndefined();
    }
  });

  it('refuses other schemes and things that are not URLs', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'evil.example', '', undefined, 42]) {
      expect(toSitePath(url, '/'), String(url)).toBeUndefined();
    }
  });

  it('refuses a path outside the site’s base, even one that climbs out with ..', () => {
    expect(toSitePath('/other/page/', '/itbridge/')).toBeUndefined();
    expect(toSitePath('/itbridge/../other/', '/itbridge/')).toBeUndefined();
  });
});

describe('isSectionOf', () => {
  it('accepts a fragment of the same page and nothing else', () => {
    expect(isSectionOf('/en/guides/x/#a', '/en/guides/x/')).toBe(true);
    expect(isSectionOf('/en/guides/x/', '/en/guides/x/')).toBe(false);
    expect(isSectionOf('/en/news/other/#a', '/en/guides/x/')).toBe(false);
  });
});
