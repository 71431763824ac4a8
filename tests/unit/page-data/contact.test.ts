import { describe, it, expect } from 'vitest';
import { buildContactView, contactLines, contactPlaceOfPage, isEmailAddress, mailtoHref } from '../../../src/lib/page-data/contact';
import { contact } from '../../../src/settings';
import { fixtureContact } from '../../helpers/settings';

const fixture = fixtureContact;

describe('contact settings and where they show', () => {
  it('ships unset, since no contact has been confirmed', () => {
    expect(contact).toBeNull();
  });

  it('shows a contact block on the about, privacy and accessibility pages only', () => {
    expect(['about', 'privacy', 'accessibility', 'imprint', 'constructor', 'toString'].map(contactPlaceOfPage)).toEqual([
      'about',
      'privacy',
      'accessibility',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps the footer short: organisation and email, no postal address, no intro', () => {
    const view = buildContactView(fixture, 'footer');
    expect(view).toEqual({ intro: undefined, organisation: 'Example Cluster', items: [{ label: 'contact.email', lines: ['office@example.org'], href: 'mailto:office@example.org' }] });
  });

  it('gives the privacy notice the full postal address and its own intro', () => {
    const view = buildContactView(fixture, 'privacy');
    expect(view.intro).toBe('contact.intro.privacy');
    expect(view.items).toEqual([
      { label: 'contact.postalAddress', lines: fixture.postalAddress },
      { label: 'contact.email', lines: ['office@example.org'], href: 'mailto:office@example.org' },
    ]);
  });

  it('names the controller and the log retention in the privacy notice only, when the operator has given them', () => {
    const withDuties = { ...fixture, controller: 'Example Operator', logRetentionDays: 30 };
    expect(buildContactView(withDuties, 'privacy').items).toEqual([
      { label: 'contact.controller', lines: ['Example Operator'] },
      { label: 'contact.postalAddress', lines: fixture.postalAddress },
      { label: 'contact.email', lines: ['office@example.org'], href: 'mailto:office@example.org' },
      { label: 'contact.logRetention', lines: [], days: 30 },
    ]);
    for (const place of ['footer', 'about', 'accessibility'] as const) {
      expect(buildContactView(withDuties, place).items.map((i) => i.label)).not.toContain('contact.controller');
      expect(buildContactView(withDuties, place).items.map((i) => i.label)).not.toContain('contact.logRetention');
    }
    expect(() => buildContactView({ ...fixture, logRetentionDays: 0 }, 'privacy')).toThrow(/contact\.logRetentionDays is 0: write a whole number of days/);
  });

  it('leads the accessibility statement with the feedback address, or the general one without it', () => {
    expect(contactLines.accessibility[0]).toBe('accessibilityEmail');
    expect(buildContactView(fixture, 'accessibility').items.map((i) => i.label)).toEqual(['contact.accessibilityFeedback', 'contact.postalAddress']);
    expect(buildContactView(fixture, 'accessibility').items[0]).toEqual({ label: 'contact.accessibilityFeedback', lines: ['access@example.org'], href: 'mailto:access@example.org' });
    const { accessibilityEmail: _, ...withoutFeedback } = fixture;
    expect(buildContactView(withoutFeedback, 'accessibility').items[0]!.href).toBe('mailto:office@example.org');
  });

  it('leaves out empty lines, so nothing blank shows', () => {
    const view = buildContactView({ organisation: ' ', email: 'a@b.org', postalAddress: ['', '  '] }, 'about');
    expect(view.organisation).toBeUndefined();
    expect(view.items.map((i) => i.label)).toEqual(['contact.email']);
  });

  it('refuses an address that is not an email, naming the setting', () => {
    expect(isEmailAddress('office@example.org')).toBe(true);
    expect(isEmailAddress('office at example.org')).toBe(false);
    expect(isEmailAddress('a@b')).toBe(false);
    expect(mailtoHref('a@b.org')).toBe('mailto:a@b.org');
    expect(() => buildContactView({ ...fixture, accessibilityEmail: 'not an address' }, 'accessibility')).toThrow(/contact\.accessibilityEmail "not an address"/);
  });
});
