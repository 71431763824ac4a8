import { describe, it, expect } from 'vitest';
import { createContentSchemas, descriptionSchema, partnerIdSchema, pubDateSchema, titleSchema, updatedDateSchema } from '../../../src/lib/content/schemas';

describe('date fields', () => {
  it('accept a day, as YAML reads YYYY-MM-DD (midnight UTC) or as quoted text', () => {
    expect(pubDateSchema.parse(new Date('2025-02-13T00:00:00Z')).toISOString()).toBe('2025-02-13T00:00:00.000Z');
    expect(pubDateSchema.parse('2025-02-13').toISOString()).toBe('2025-02-13T00:00:00.000Z');
  });

  it('refuse a time or time zone, which would be shown as another day', () => {
    const result = updatedDateSchema.safeParse(new Date('2025-02-13T23:30:00-05:00'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a day written YYYY-MM-DD, without a time or time zone, e.g. 2025-02-13');
    expect(pubDateSchema.safeParse('2025-02-13T10:17').success).toBe(false);
  });
});

describe('short text fields', () => {
  it('refuse a bidi override or a zero-width space, naming the character and the fix', () => {
    const result = titleSchema.safeParse('Report \u202Egnp.exe');
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'contains an invisible character, U+202E (a bidirectional control, which reorders the text readers see). Delete it: retype the words around it, or paste them from a plain-text editor.',
    ]);
    expect(descriptionSchema.safeParse('A description with a hidden\u200Bspace in the middle.').success).toBe(false);
  });

  it('count limits as a reader counts characters, so an emoji is one and not eleven', () => {
    expect(titleSchema.safeParse('👩‍👩‍👧‍👦'.repeat(120)).success).toBe(true);
    expect(titleSchema.safeParse('👩‍👩‍👧‍👦'.repeat(121)).error?.issues[0]?.message).toBe('is 121 characters; the limit is 120: shorten the headline');
    expect(titleSchema.safeParse('e\u0301e\u0301').error?.issues[0]?.message).toBe('is 2 characters; the minimum is 3');
  });

  it('keep emoji built with joiners and text in every script', () => {
    expect(titleSchema.parse('  👩‍💻 Кластер ș ț  ')).toBe('👩‍💻 Кластер ș ț');
  });
});

describe('lists of topics and partners', () => {
  const { collections } = createContentSchemas({ partnerReference: partnerIdSchema, publicDir: 'public' });
  const news = (extra: Record<string, unknown>) => collections.news.safeParse({ title: 'A news title', description: 'A description of twenty characters.', ...extra });

  it('refuse a topic or a partner named twice, which would be shown twice on the page', () => {
    const topics = news({ topics: ['training', 'training'] });
    expect(topics.success).toBe(false);
    expect(topics.error?.issues[0]).toMatchObject({ path: ['topics'], message: 'names a topic twice: list each topic once' });
    const partners = news({ partners: ['alpha-cluster', 'alpha-cluster'] });
    expect(partners.error?.issues[0]).toMatchObject({ path: ['partners'], message: 'names a partner twice: list each partner once' });
  });

  it('accept each topic and partner once', () => {
    expect(news({ topics: ['training', 'networking'], partners: ['alpha-cluster', 'beta-cluster'] }).success).toBe(true);
  });
});
