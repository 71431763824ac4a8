import type { UiKey } from '../../i18n/translator';
import type { ContactSettings } from '../../settings';

/** Where a contact block appears: the footer of every page, and three standalone pages. */
export type ContactPlace = 'footer' | 'about' | 'privacy' | 'accessibility';

/** One line of a contact block. */
export type ContactLine = 'organisation' | 'postalAddress' | 'email' | 'accessibilityEmail' | 'controller' | 'logRetention';

/**
 * Which lines each place shows, in order: the footer stays short; the privacy notice and the About
 * page give the full postal address (the controller's, for GDPR requests), and the privacy notice the
 * controller and the log retention that only the operator can state; the accessibility statement leads
 * with the feedback address the Web Accessibility Directive asks for.
 */
export const contactLines: Readonly<Record<ContactPlace, readonly ContactLine[]>> = {
  footer: ['organisation', 'email'],
  about: ['organisation', 'postalAddress', 'email'],
  privacy: ['controller', 'organisation', 'postalAddress', 'email', 'logRetention'],
  accessibility: ['accessibilityEmail', 'organisation', 'postalAddress'],
};

/** The sentence that introduces the block on a standalone page; the footer has none. */
const intros: Readonly<Record<Exclude<ContactPlace, 'footer'>, UiKey>> = {
  about: 'contact.intro.about',
  privacy: 'contact.intro.privacy',
  accessibility: 'contact.intro.accessibility',
};

/** The standalone pages (slugs of content/pages/) that show the contact block after their text. */
const pagePlaces: Readonly<Record<string, Exclude<ContactPlace, 'footer'>>> = {
  about: 'about',
  privacy: 'privacy',
  accessibility: 'accessibility',
};

/**
 * The contact place of a standalone page, or undefined for a page without a contact block.
 * @example contactPlaceOfPage('privacy') // 'privacy'
 * @example contactPlaceOfPage('imprint') // undefined
 */
export function contactPlaceOfPage(slug: string): Exclude<ContactPlace, 'footer'> | undefined {
  return Object.hasOwn(pagePlaces, slug) ? pagePlaces[slug] : undefined;
}

/** One labelled line of a contact block: a postal address (several text lines) or an email address (a mailto: link). */
export interface ContactItem {
  label: UiKey;
  /** The text, one entry per line. */
  lines: readonly string[];
  /** A mailto: link for an email address. */
  href?: string | undefined;
  /** A number of days, said in the page language with its plural form (`contact.days`) instead of `lines`. */
  days?: number | undefined;
}

/**
 * A contact block as a template places it: the organisation heads the address, then the labelled items
 * in the order the place asks for. Empty parts are left out, so nothing blank shows.
 */
export interface ContactView {
  intro: UiKey | undefined;
  organisation: string | undefined;
  items: ContactItem[];
}

const emailPattern = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;

/**
 * True for a plain email address that can go into a `mailto:` link as it is.
 * @example isEmailAddress('office@example.org') // true
 * @example isEmailAddress('office at example.org') // false
 */
export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value);
}

/**
 * A `mailto:` link for an address from the settings; a wrong address fails the build with the setting's name.
 * @example mailtoHref('office@example.org') // 'mailto:office@example.org'
 */
export function mailtoHref(address: string, setting = 'contact.email'): string {
  if (!isEmailAddress(address)) {
    throw new Error(`src/settings.ts: ${setting} "${address}" is not an email address. Write it as name@example.org.`);
  }
  return `mailto:${address}`;
}

/**
 * The lines of the contact block for one place.
 * @example buildContactView({ organisation: 'Transilvania IT Cluster', email: 'a@b.org' }, 'footer').items[0]?.href // 'mailto:a@b.org'
 */
export function buildContactView(contact: ContactSettings, place: ContactPlace): ContactView {
  const view: ContactView = { intro: place === 'footer' ? undefined : intros[place], organisation: undefined, items: [] };
  for (const line of contactLines[place]) {
    if (line === 'organisation') view.organisation = contact.organisation.trim() || undefined;
    else if (line === 'postalAddress') {
      const lines = (contact.postalAddress ?? []).map((l) => l.trim()).filter(Boolean);
      if (lines.length) view.items.push({ label: 'contact.postalAddress', lines });
    } else if (line === 'email') view.items.push({ label: 'contact.email', lines: [contact.email], href: mailtoHref(contact.email) });
    else if (line === 'controller') {
      const controller = contact.controller?.trim();
      if (controller) view.items.push({ label: 'contact.controller', lines: [controller] });
    } else if (line === 'logRetention') {
      const days = contact.logRetentionDays;
      if (days === undefined) continue;
      if (!Number.isInteger(days) || days < 1) {
        throw new Error(`src/settings.ts: contact.logRetentionDays is ${days}: write a whole number of days, e.g. 30.`);
      }
      view.items.push({ label: 'contact.logRetention', lines: [], days });
    } else {
      const address = contact.accessibilityEmail ?? contact.email;
      const setting = contact.accessibilityEmail ? 'contact.accessibilityEmail' : 'contact.email';
      view.items.push({ label: 'contact.accessibilityFeedback', lines: [address], href: mailtoHref(address, setting) });
    }
  }
  return view;
}
