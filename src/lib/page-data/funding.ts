import type { UiKey } from '../../i18n/translator';
import type { FundingSettings } from '../../settings';

/**
 * The UI string of the EU funding statement the setting asks for, shown beside the emblem in the
 * footer and on printed pages.
 * @example fundingStatementKey({ statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '1' }) // 'footer.cofunded'
 */
export function fundingStatementKey(funding: FundingSettings): UiKey {
  return funding.statement === 'funded' ? 'footer.funded' : 'footer.cofunded';
}
