import { describe, it, expect } from 'vitest';
import { pubDateSchema, updatedDateSchema } from '../../../src/lib/content/schemas';

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
