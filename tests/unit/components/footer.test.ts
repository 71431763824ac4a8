import { describe, it, expect } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import Footer from '../../../src/components/Footer.astro';
import ContactBlock from '../../../src/components/ContactBlock.astro';
import PrintProvenance from '../../../src/components/PrintProvenance.astro';
import { funding } from '../../../src/settings';
import { locales } from '../../../src/i18n/locales';
import { useTranslations } from '../../../src/i18n/translator';
import { fixtureContact, fixtureFunding } from '../../helpers/settings';


async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
}
const renderFooter = (locale: string, fundingSetting: unknown, contact: unknown = null) => render(Footer, { locale, funding: fundingSetting, contact });

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

  it('names the consortium and links the site’s own pages and the news feed in every language', async () => {
    for (const locale of locales) {
      const root = parse(await renderFooter(locale, null));
      const { t } = useTranslations(locale);
      expect(root.querySelector('.footer-about')?.textContent).toContain(t('footer.about'));
      expect(root.querySelectorAll('nav a').map((a) => a.getAttribute('href'))).toEqual([`/${locale}/about/`, `/${locale}/privacy/`, `/${locale}/accessibility/`, `/${locale}/rss.xml`]);
      expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe(t('footer.linksLabel'));
    }
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

  it('sets the emblem at its official 3:2 proportions, the statement beside it in the same block', async () => {
    const root = parse(await renderFooter('es', fixtureFunding));
    const img = root.querySelector('.eu-mark img')!;
    expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBe(1.5);
    expect(root.querySelector('.eu-mark .eu-statement')?.textContent).toBe('Cofinanciado por la Unión Europea');
    expect(root.querySelector('.eu-text .disclaimer')).not.toBeNull();
  });

  it('gives the emblem a text alternative in the page language', async () => {
    const bg = await renderFooter('bg', fixtureFunding);
    expect(bg).toMatch(/<img[^>]+alt="[^"]*Европейския съюз"/);
    expect(bg).toContain('Съфинансирано от Европейския съюз');
  });
});

describe('the contact block', () => {
  it('shows nothing in the footer while no contact is set', async () => {
    const root = parse(await renderFooter('en', null, null));
    expect(root.querySelector('.contact-block')).toBeNull();
    expect(root.querySelector('address')).toBeNull();
    expect(root.querySelector('a[href^="mailto:"]')).toBeNull();
    expect((await render(ContactBlock, { locale: 'en', contact: null, place: 'privacy' })).trim()).toBe('');
  });

  it('shows the organisation and a mailto link in the footer, labelled in the page language', async () => {
    for (const locale of locales) {
      const root = parse(await renderFooter(locale, null, fixtureContact));
      const block = root.querySelector('footer .contact-block')!;
      const { t } = useTranslations(locale);
      expect(block.querySelector('h2')?.textContent).toBe(t('contact.heading'));
      // Not a second landmark: the contact section of the about page has the same name.
      expect(block.tagName).toBe('DIV');
      expect(block.getAttribute('aria-labelledby')).toBeUndefined();
      expect(block.querySelector('address .contact-org')?.textContent).toBe('Example Cluster');
      expect(block.querySelector('address a')?.getAttribute('href')).toBe('mailto:office@example.org');
      expect(block.querySelector('dt')?.textContent).toBe(t('contact.email'));
      expect(block.textContent).not.toContain('1 Example Street');
    }
  });

  it('gives the privacy notice the postal address in <address> and its intro sentence', async () => {
    const root = parse(await render(ContactBlock, { locale: 'ro', contact: fixtureContact, place: 'privacy' }));
    expect(root.querySelector('p')?.textContent).toBe(useTranslations('ro').t('contact.intro.privacy'));
    const address = root.querySelector('address')!;
    const postal = address.querySelector('dd')!;
    expect(postal.querySelectorAll('br')).toHaveLength(2);
    expect(postal.textContent.replace(/\s+/g, ' ').trim()).toBe('1 Example Street 400000 Cluj-Napoca Romania');
    expect(address.querySelector('dt')?.textContent).toBe('Adresă poștală');
  });

  it('states the controller and the log retention in the privacy notice, the days in each language’s plural form', async () => {
    const withDuties = { ...fixtureContact, controller: 'Example Operator', logRetentionDays: 21 };
    const expected = { en: '21 days', uk: '21 день', ro: '21 de zile', es: '21 días', bg: '21 дни' } as const;
    for (const locale of locales) {
      const root = parse(await render(ContactBlock, { locale, contact: withDuties, place: 'privacy' }));
      const { t } = useTranslations(locale);
      const rows = root.querySelectorAll('dl > div').map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent.trim()]);
      expect(rows[0], locale).toEqual([t('contact.controller'), 'Example Operator']);
      expect(rows.at(-1), locale).toEqual([t('contact.logRetention'), expected[locale]]);
    }
  });

  it('leads the accessibility statement with the feedback address, and marks its language on a fallback page', async () => {
    const root = parse(await render(ContactBlock, { locale: 'uk', contact: fixtureContact, place: 'accessibility', lang: 'uk' }));
    const section = root.querySelector('section.contact-block')!;
    expect(section.getAttribute('lang')).toBe('uk');
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')?.id);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('mailto:access@example.org');
    expect(root.querySelector('dt')?.textContent).toBe('Відгуки щодо доступності');
  });
});

describe('PrintProvenance', () => {
  it('names the site, the address and the version on paper, and the EU statement once the funding is set', async () => {
    const props = { locale: 'ro', url: 'https://itbridge.test/ro/guides/x/', versionDate: new Date('2026-11-24') };
    const { t } = useTranslations('ro');
    const unset = parse(await render(PrintProvenance, { ...props, funding: null }));
    expect(unset.querySelectorAll('p').map((p) => p.textContent)).toEqual([
      t('print.source', { site: 'ITBridge', url: props.url }),
      t('print.version', { date: '24 noiembrie 2026' }),
    ]);
    const set = parse(await render(PrintProvenance, { ...props, funding: fixtureFunding }));
    expect(set.querySelectorAll('p').at(-1)?.textContent).toBe('Cofinanțat de Uniunea Europeană');
  });
});
