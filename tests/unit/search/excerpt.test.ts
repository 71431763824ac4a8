import { describe, it, expect } from 'vitest';
import { findExcerptCuts } from '../../../src/lib/search/excerpt';

const content = 'Clusters help. Members of a cluster meet twice a year to\n share   what works and what does not, and plan the next steps';

describe('findExcerptCuts', () => {
  it('finds no cut at the start when the excerpt begins the text, whatever the white space', () => {
    expect(findExcerptCuts(content, 'Clusters help. Members of a cluster meet').start).toBe(false);
  });

  it('finds a cut at the start when the excerpt begins mid-text', () => {
    expect(findExcerptCuts(content, 'a cluster meet twice a year to share what works')).toEqual({ start: true, end: true });
  });

  it('finds no cut at the end when the excerpt ends the text or a sentence', () => {
    expect(findExcerptCuts(content, 'what does not, and plan the next steps').end).toBe(false);
    expect(findExcerptCuts(content, 'Clusters help.').end).toBe(false);
  });

  it('marks nothing for an empty excerpt', () => {
    expect(findExcerptCuts(content, '')).toEqual({ start: false, end: false });
  });
});
