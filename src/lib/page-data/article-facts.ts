import type { Locale } from '../../i18n/locales';
import type { Translator, UiKey } from '../../i18n/translator';
import type { CollectionName } from '../content/collections';
import type { NeutralFields } from '../content/neutral';
import type { PartnerRole } from '../content/taxonomy';
import type { UrlBuilder } from '../routing/urls';
import { partnerLocation } from '../content/partners';

export interface FactItem {
  text: string;
  href?: string;
  /** Language of `text` when it is not the page language (organisation names keep their own form). */
  lang?: Locale;
}
export interface Fact {
  labelKey: UiKey;
  items: FactItem[];
}

/** What the facts need of an organisation (Astro's entry from organisations.yaml satisfies it). */
interface OrganisationFacts {
  data: { name: string; role: PartnerRole; country: string; city: Readonly<Record<string, string>>; website?: string | undefined };
}

/**
 * The facts shown under an article's title, in the reader's language: partners (linked to their
 * profiles), topics and study status; for a partner profile its role, location and website.
 */
export function buildArticleFacts(input: {
  collection: CollectionName;
  slug: string;
  locale: Locale;
  neutral: NeutralFields;
  organisations: ReadonlyMap<string, OrganisationFacts>;
  translator: Translator;
  urls: UrlBuilder;
}): Fact[] {
  const { collection, slug, locale, neutral, organisations, translator, urls } = input;
  const { t } = translator;
  const facts: Fact[] = [];
  if (collection === 'partners') {
    const org = organisations.get(slug)?.data;
    if (!org) return facts;
    facts.push({ labelKey: 'partner.roleLabel', items: [{ text: t(`partner.role.${org.role}`) }] });
    facts.push({ labelKey: 'partner.location', items: [{ text: partnerLocation({ data: org }, translator) }] });
    if (org.website) facts.push({ labelKey: 'partner.website', items: [{ text: new URL(org.website).host, href: org.website }] });
    return facts;
  }
  if (neutral.status) facts.push({ labelKey: 'article.status', items: [{ text: t(`studyStatus.${neutral.status}`) }] });
  if (neutral.partners?.length) {
    facts.push({
      labelKey: 'article.partners',
      items: neutral.partners.map((p) => ({
        text: organisations.get(p.id)?.data.name ?? p.id,
        href: urls.entry(locale, 'partners', p.id),
      })),
    });
  }
  if (neutral.topics?.length) {
    facts.push({ labelKey: 'article.topics', items: neutral.topics.map((topic) => ({ text: t(`topics.${topic}`), href: urls.topics(locale, topic) })) });
  }
  return facts;
}
