/**
 * Settings as an operator would fill them in, for tests: the real ones ship unset (nothing is
 * confirmed), so the blocks they switch on are rendered from these.
 */
export const fixtureContact = {
  organisation: 'Example Cluster',
  email: 'office@example.org',
  postalAddress: ['1 Example Street', '400000 Cluj-Napoca', 'Romania'],
  accessibilityEmail: 'access@example.org',
} as const;

export const fixtureFunding = { statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '000000000' } as const;
