import { describe, it, expect } from 'vitest';
import { compareOrganisations } from '../../../src/lib/content/partners';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { entry } from '../../helpers/entries';

const organisations = new Map([
  ['zaporizhzhia-it', { data: { name: 'Zaporizhzhia IT Cluster', role: 'partner' as const } }],
  ['cluj-it', { data: { name: 'Cluj IT Cluster', role: 'partner' as const } }],
  ['valencia-digital', { data: { name: 'Valencia Digital', role: 'coordinator' as const } }],
  ['andalucia-tic', { data: { name: 'Andalucía TIC', role: 'partner' as const } }],
]);

const docs = () =>
  [
    ...buildTranslationMap(['zaporizhzhia-it', 'cluj-it', 'valencia-digital', 'andalucia-tic'].map((slug) => entry('partners', 'en', slug)))
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
    orgs.set('zaporizhzhia-it', { data: { name: 'Zaporizhzhia IT Cluster', role: 'coordinator' } });
    orgs.set('valencia-digital', { data: { name: 'Valencia Digital', role: 'partner' } });
    expect(docs().sort(compareOrganisations(orgs)).map((d) => d.slug)).toEqual([
      'zaporizhzhia-it',
      'andalucia-tic',
      'cluj-it',
      'valencia-digital',
    ]);
  });

  it('sorts by the organisation name, not the slug', () => {
    const orgs = new Map([
      ['a-slug', { data: { name: 'Zeta', role: 'partner' as const } }],
      ['z-slug', { data: { name: 'Alpha', role: 'partner' as const } }],
    ]);
    const partnerDocs = [...buildTranslationMap([entry('partners', 'en', 'a-slug'), entry('partners', 'en', 'z-slug')]).documents];
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
