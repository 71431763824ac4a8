import { describe, it, expect } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import PartnerBadge from '../../../src/components/PartnerBadge.astro';
import Logo from '../../../src/components/Logo.astro';
import Header from '../../../src/components/Header.astro';
import { brandColours, mark } from '../../../src/lib/identity/brand';
import { buildSwitcherLinks } from '../../../src/lib/routing/static-paths';
import { createUrls } from '../../../src/lib/routing/urls';
import { selectors } from '../../../src/lib/outputs/dom-contract';

const urls = createUrls({ base: '/', site: 'https://itbridge.test' });

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return parse(await container.renderToString(component, { props }));
}

describe('PartnerBadge', () => {
  it('shows the supplied logo, decorative beside the name by default', async () => {
    const root = await render(PartnerBadge, { name: 'Alpha Cluster', logo: '/partners/alpha-cluster.svg' });
    const img = root.querySelector('img.partner-logo');
    expect(img?.getAttribute('src')).toBe('/partners/alpha-cluster.svg');
    expect(img?.getAttribute('alt')).toBe('');
    expect(root.querySelector('.partner-badge')).toBeNull();
  });

  it('gives the logo the partner name as alt text where no name accompanies it', async () => {
    const root = await render(PartnerBadge, { name: 'Alpha Cluster', logo: '/partners/alpha-cluster.png', decorative: false });
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('Alpha Cluster');
  });

  it('draws the initials on a tile where no logo is named, never an image', async () => {
    const root = await render(PartnerBadge, { name: 'Transilvania IT Cluster' });
    expect(root.querySelector('img')).toBeNull();
    const badge = root.querySelector('.partner-mark.partner-badge');
    expect(badge?.text).toBe('TIC');
    expect(badge?.getAttribute('aria-hidden')).toBe('true');
  });

  it('names the badge as an image of the partner where it stands alone', async () => {
    const root = await render(PartnerBadge, { name: 'Cluster Digital de Catalunya', decorative: false });
    const badge = root.querySelector('.partner-badge');
    expect(badge?.getAttribute('role')).toBe('img');
    expect(badge?.getAttribute('aria-label')).toBe('Cluster Digital de Catalunya');
    expect(badge?.getAttribute('aria-hidden')).toBeUndefined();
  });
});

describe('Logo', () => {
  it('is a link named by the wordmark, with the mark drawn from brand.ts and hidden from assistive technology', async () => {
    const root = await render(Logo, { href: '/uk/', name: 'ITBridge' });
    const link = root.querySelector('a.brand');
    expect(link?.getAttribute('href')).toBe('/uk/');
    expect(link?.text.trim()).toBe('ITBridge');
    const svg = link?.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('viewBox')).toBe(mark.viewBox);
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(mark.bridge);
    expect(svg?.querySelector('path')?.getAttribute('fill')).toBe(brandColours.accent);
    expect(svg?.querySelector('rect')?.getAttribute('fill')).toBe(brandColours.brand);
  });

  it('is no link without an address', async () => {
    const root = await render(Logo, { name: 'ITBridge', size: 'large' });
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('span.brand.brand-large .brand-name')?.text).toBe('ITBridge');
  });
});

describe('Header', () => {
  const props = (section?: string) => ({ locale: 'ro', switcher: buildSwitcherLinks('ro', (l) => urls.home(l)), section });

  it('carries a GET search form to the locale’s search page, under the search page’s parameter', async () => {
    const root = await render(Header, props('news'));
    const form = root.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/ro/search/');
    expect(form?.getAttribute('method')).toBe('get');
    const input = form?.querySelector('input[type="search"]');
    expect(input?.getAttribute('name')).toBe('q');
    expect(root.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.text).toBe('Căutați pe site');
    expect(form?.querySelector('button[type="submit"]')?.text.trim()).toBe('Căutați');
  });

  it('leaves the form out on the search page, which has its own field', async () => {
    const root = await render(Header, props('search'));
    expect(root.querySelector('form')).toBeNull();
  });

  it('puts the navigation in a menu and the languages in a selector, both native <details> sharing a name', async () => {
    const root = await render(Header, props('guides'));
    const menu = root.querySelector('nav.site-nav details');
    expect(menu?.querySelector('summary')?.text.trim()).toBe('Meniu');
    expect(menu?.querySelectorAll('a')).toHaveLength(7);
    expect(menu?.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/ro/guides/');
    const languages = root.querySelector(`${selectors.languageSwitcher} details`);
    expect(languages?.getAttribute('name')).toBe(menu?.getAttribute('name'));
    // Named "Limbă: Română" (the code shown on phones is hidden from assistive technology).
    const summary = languages?.querySelector('summary');
    expect(summary?.querySelectorAll('span:not([aria-hidden])').map((s) => s.text).join('')).toBe('Limbă: Română');
    expect(summary?.querySelector('span[aria-hidden="true"]')?.text).toBe('RO');
    expect(root.querySelectorAll(selectors.languageSwitcherLinks).map((a) => [a.getAttribute('lang'), a.getAttribute('hreflang')])).toEqual(
      ['en', 'uk', 'ro', 'es', 'bg'].map((l) => [l, l]),
    );
  });
});
