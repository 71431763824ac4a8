import { describe, it, expect } from 'vitest';
import { badgeInitials } from '../../../src/lib/content/badge';

describe('badgeInitials', () => {
  it('takes the capitalised words of the organisation’s own name, at most three letters', () => {
    expect(badgeInitials('Transilvania IT Cluster')).toBe('TIC');
    expect(badgeInitials('Cluster Digital de Catalunya')).toBe('CDC');
    expect(badgeInitials('Odesa IT Family')).toBe('OIF');
  });
  it('falls back to the first letter when nothing is capitalised', () => {
    expect(badgeInitials('example cluster')).toBe('E');
  });
});
