import { describe, it, expect } from 'vitest';
import { fundingStatementKey } from '../../../src/lib/page-data/funding';
import { fixtureFunding } from '../../helpers/settings';

describe('fundingStatementKey', () => {
  it('says "funded" or "co-funded" as the setting says', () => {
    expect(fundingStatementKey({ ...fixtureFunding, statement: 'funded' })).toBe('footer.funded');
    expect(fundingStatementKey(fixtureFunding)).toBe('footer.cofunded');
  });
});
