import { describeElement, readSite, type Finding, type SiteInput, type SiteRule } from './site';
import { links } from './rules/links';
import { fragments } from './rules/fragments';
import { crossLocaleLinks } from './rules/cross-locale-links';
import { documentBounds } from './rules/document-bounds';
import { htmlLang } from './rules/html-lang';
import { fallbackNotice } from './rules/fallback-notice';
import { fallbackLang } from './rules/fallback-lang';
import { fallbackNoindex } from './rules/fallback-noindex';
import { canonical } from './rules/canonical';
import { hreflang } from './rules/hreflang';
import { switcher } from './rules/switcher';
import { skipLink } from './rules/skip-link';
import { searchBody } from './rules/search-body';
import { untranslatedChrome } from './rules/untranslated-chrome';
import { sitemap } from './rules/sitemap';
import { gluedText } from './rules/glued-text';
import { shareImage } from './rules/share-image';
import { editLinks } from './rules/edit-links';

export type { Finding, SiteInput, SiteRule } from './site';

/** Every rule of the gate, one module each under rules/. */
export const siteRules: readonly SiteRule[] = [
  links,
  fragments,
  crossLocaleLinks,
  documentBounds,
  htmlLang,
  fallbackNotice,
  fallbackLang,
  fallbackNoindex,
  canonical,
  hreflang,
  switcher,
  skipLink,
  searchBody,
  untranslatedChrome,
  sitemap,
  gluedText,
  shareImage,
  editLinks,
];

/**
 * The site-wide gate over the built output: runs each rule on every page, then the site-wide rules.
 * Pure: the caller reads dist/ (or writes a fixture) and passes it in.
 * @example checkSite({ pages, files, sitemap, site: 'https://itbridge.test', englishStrings, editLinks: false }) // [] when all is well
 */
export function checkSite(input: SiteInput, rules: readonly SiteRule[] = siteRules): Finding[] {
  const site = readSite(input);
  const findings: Finding[] = [];
  const reporter = (rule: SiteRule) => (page: string, element: Parameters<typeof describeElement>[0], id: string, message: string) => {
    // A rule reporting an id it does not declare would slip past anyone filtering findings by rule.
    if (!rule.ids.includes(id)) throw new Error(`tests/site/site-check/rules/${rule.name}.ts reported "${id}"; add it to the rule's ids.`);
    findings.push({ page, element: describeElement(element), rule: id, message });
  };
  for (const page of site.pages.values()) {
    for (const rule of rules) {
      const report = reporter(rule);
      rule.checkPage?.(page, site, (element, id, message) => report(page.path, element, id, message));
    }
  }
  for (const rule of rules) rule.checkSite?.(site, reporter(rule));
  return findings;
}
