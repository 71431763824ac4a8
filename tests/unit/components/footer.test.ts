import { describe, it, expect } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Footer from '../../../src/components/Footer.astro';
import { funding } from '../../../src/settings';

const fixtureFunding = { statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '000000000' } as const;

async function renderFooter(locale: string, fundingSetting: unknown) {
  const container = await AstroContainer.create();
  return container.renderToString(Footer, { props: { locale, funding: fundingSetting } });
}

describe('Footer and the EU funding block', () => {
  it('ships with the funding block unset, since the funding is not confirmed', () => {
    expect(funding).toBeNull();
  });

  it('shows no emblem and no disclaimer while the block is unset', async () => {
    const html = await renderFooter('en', null);
    expect(html).not.toContain('eu-emblem');
    expect(html).not.toContain('European Union');
    expect(html).toContain('href="/en/privacy/"');
    expect(html).toContain('href="/en/accessibility/"');
  });

  it('shows the emblem with the statement as real text in the page language, and the disclaimer', async () => {
    const uk = await renderFooter('uk', fixtureFunding);
    expect(uk).toContain('src="/eu-emblem.svg"');
    expect(uk).toContain('Співфінансується Європейським Союзом');
    expect(uk).toContain('EISMEA');
    expect(uk).toContain('000000000');
    const ro = await renderFooter('ro', { ...fixtureFunding, statement: 'funded' });
    expect(ro).toContain('Finanțat de Uniunea Europeană');
    expect(ro).not.toContain('Cofinanțat');
    const en = await renderFooter('en', fixtureFunding);
    expect(en).toContain('Co-funded by the European Union');
    expect(en).toContain('Views and opinions expressed are however those of the author(s) only');
  });

  it('gives the emblem a text alternative in the page language', async () => {
    const bg = await renderFooter('bg', fixtureFunding);
    expect(bg).toMatch(/<img[^>]+alt="[^"]*Европейския съюз"/);
    expect(bg).toContain('Съфинансирано от Европейския съюз');
  });
});
