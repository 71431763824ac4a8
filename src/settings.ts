/**
 * Site settings an editor may change. Each is one line.
 */

/**
 * The EU funding block. While it is `null`, no emblem or disclaimer is shown (the funding is not yet
 * confirmed). To confirm it, replace `null` with for example:
 *   { statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '101234567' }
 * Every page then shows the EU emblem with the statement in its language, and the footer the disclaimer.
 */
export const funding: FundingSettings | null = null;

export interface FundingSettings {
  /** 'funded' → "Funded by the European Union"; 'co-funded' → "Co-funded by the European Union". */
  statement: 'funded' | 'co-funded';
  /** Name of the granting authority as written in the grant agreement, e.g. EISMEA. */
  grantingAuthority: string;
  /** Grant agreement number. */
  grantNumber: string;
}

