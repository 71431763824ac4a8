import { describe, it, expect } from 'vitest';
import { compareOrganisations, findCoordinatorProblems, badgeInitials, partnerLocation } from '../../../src/lib/content/partners';
import { useTranslations } from '../../../src/i18n/translator';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { entry, fixtureToday } from '../../helpers/entries';

const organisations = new Map([
  ['zaporizhzhia-it', { id: 'zaporizhzhia-it', data: { name: 'Zaporizhzhia IT Cluster', role: 'partner' as const } }],
  ['cluj-it', { id: 'cluj-it', data: { name: 'Cluj IT Cluster', role: 'partner' as const } }],
  ['valencia-digital', { id: 'valencia-digital', data: { name: 'Valencia Digital', role: 'coordinator' as const } }],
  ['andalucia-tic', { id: 'andalucia-tic', data: { name: 'Andalucía TIC', role: 'partner' as const } }],
]);

const docs = () =>
  [
    ...buildTranslationMap(['zaporizhzhia-it', 'cluj-it', 'valencia-digital', 'andalucia-tic'].map((slug) => entry('partners', 'en', slug)), { today: fixtureToday })
      .documents,
  ];

describe('compareOrganisations', () => {
  it('puts the coordinator first, then the partners by name', () => {
    expect(docs().sort(compareOrganisations(organisations)).map((d) => d.slug)).toEqual([
      'valencia-digital',
      'andalucia-tic',
      'cluj-it',
      'zaporizhzhia-it',
    ]);
  });

  it('puts the coordinator first even when its name sorts last', () => {
    const orgs = new Map(organisations);
    orgs.set('zaporizhzhia-it', { id: 'zaporizhzhia-it', data: { name: 'Zaporizhzhia IT Cluster', role: 'coordinator' } });
    orgs.set('valencia-digital', { id: 'valencia-digital', data: { name: 'Valencia Digital', role: 'partner' } });
    expect(docs().sort(compareOrganisations(orgs)).map((d) => d.slug)).toEqual([
      'zaporizhzhia-it',
      'andalucia-tic',
      'cluj-it',
      'valencia-digital',
    ]);
  });

  it('sorts by the organisation name, not the slug', () => {
    const orgs = new Map([
      ['a-slug', { id: 'a-slug', data: { name: 'Zeta', role: 'partner' as const } }],
      ['z-slug', { id: 'z-slug', data: { name: 'Alpha', role: 'partner' as const } }],
    ]);
    const partnerDocs = [...buildTranslationMap([entry('partners', 'en', 'a-slug'), entry('partners', 'en', 'z-slug')], { today: fixtureToday }).documents];
    expect(partnerDocs.sort(compareOrganisations(orgs)).map((d) => d.slug)).toEqual(['z-slug', 'a-slug']);
  });

  it('ranks a document without organisation data as a partner named by its slug', () => {
    const partial = new Map([...organisations].filter(([slug]) => slug !== 'cluj-it'));
    expect(docs().sort(compareOrganisations(partial)).map((d) => d.slug)).toEqual([
      'valencia-digital',
      'andalucia-tic',
      'cluj-it',
      'zaporizhzhia-it',
    ]);
  });
});

describe('findCoordinatorProblems', () => {
  it('accepts one coordinator and refuses none or two, naming the file and the fix', () => {
    const none = [{ id: 'cluj-it', data: { name: 'Cluj IT Cluster', role: 'partner' as const } }];
    const [problem] = findCoordinatorProblems(none, 'content/partners/organisations.yaml');
    expect(problem?.file).toBe('content/partners/organisations.yaml');
    expect(problem?.message).toMatch(/exactly one organisation must have "role: coordinator".*found 0\. Set the role of the others to partner\./);
    expect(findCoordinatorProblems([...organisations.values()], 'content/partners/organisations.yaml')).toEqual([]);
    const two = [...organisations.values(), { id: 'cluj-it', data: { name: 'Cluj IT Cluster', role: 'coordinator' as const } }];
    expect(findCoordinatorProblems(two, 'x.yaml')[0]?.message).toMatch(/found 2 \((cluj-it, valencia-digital|valencia-digital, cluj-it)\)/);
  });
});

describe('badgeInitials', () => {
  it('takes the capitalised words of the organisation’s own name, at most three letters', () => {
    expect(badgeInitials('Transilvania IT Cluster')).toBe('TIC');
    expect(badgeInitials('Cluster Digital de Catalunya')).toBe('CDC');
    expect(badgeInitials('Odesa IT Family')).toBe('OIF');
  });
  it('falls back to the first letter when nothing is capitalised', () => {
    expect(badgeInitials('example cluster')).toBe('E');
  });
  it('never cuts a letter outside the Basic Multilingual Plane in half', () => {
    expect(badgeInitials('𝐀lpha 𝐁eta')).toBe('𝐀𝐁');
  });
});

describe('partnerLocation', () => {
  const kharkiv = { data: { country: 'UA', city: { en: 'Kharkiv', uk: 'Харків', ro: 'Harkov', es: 'Járkov', bg: 'Харков' } } };

  it("names the city and the country in the reader's language", () => {
    expect(partnerLocation(kharkiv, useTranslations('en'))).toBe('Kharkiv, Ukraine');
    expect(partnerLocation(kharkiv, useTranslations('es'))).toBe('Járkov, Ucrania');
    expect(partnerLocation(kharkiv, useTranslations('bg'))).toBe('Харков, Украйна');
  });

  it('names the country alone when the city has no name in that language', () => {
    expect(partnerLocation({ data: { country: 'RO', city: { en: 'Cluj-Napoca' } } }, useTranslations('uk'))).toBe('Румунія');
  });
});
