/**
 * The credits ledger's words (減量額度), declared once. Codes are what we store and exchange; the
 * words a person reads are in the message catalogs (core/catalog/credits-*.ts).
 */

/**
 * An offset project's standing with the registry (環境部): registration applied for
 * (註冊申請), or registered (註冊通過), when it may earn credits.
 */
export const projectRegistrationStatuses = ['applied', 'registered'] as const;
export type ProjectRegistrationStatus = (typeof projectRegistrationStatuses)[number];

/**
 * What one ledger operation does: issue credits from a verified monitoring period (核發), move
 * them between holders (移轉), use them against an obligation such as the carbon fee (扣抵) or
 * retire them (註銷). Use and retirement are final: nothing leaves those accounts again.
 */
export const creditOperationKinds = ['issue', 'transfer', 'use', 'retire'] as const;
export type CreditOperationKind = (typeof creditOperationKinds)[number];

/**
 * The accounts of the double-entry ledger: each operation debits one account and credits
 * another by the same serials. Holders hold credits; the city's issuance account is where
 * credits come from (its balance is minus what was issued); retirement and use are where they end.
 */
export const creditAccountKinds = ['holder', 'issuance', 'retirement', 'use'] as const;
export type CreditAccountKind = (typeof creditAccountKinds)[number];

/** The account an operation debits and the one it credits, by kind. */
export const operationAccounts: Readonly<
  Record<CreditOperationKind, { debit: CreditAccountKind; credit: CreditAccountKind }>
> = {
  issue: { debit: 'issuance', credit: 'holder' },
  transfer: { debit: 'holder', credit: 'holder' },
  use: { debit: 'holder', credit: 'use' },
  retire: { debit: 'holder', credit: 'retirement' },
};

/** The city's system accounts: one each, named by their kind. */
export const systemAccountKinds = [
  'issuance',
  'retirement',
  'use',
] as const satisfies readonly CreditAccountKind[];
export type SystemAccountKind = (typeof systemAccountKinds)[number];

/**
 * Why the ledger refuses an operation: sent with the error's issue so a client can word it in
 * its reader's language (core/catalog).
 */
export const creditProblemCodes = [
  'not_whole_tonnes',
  'not_positive',
  'unknown_holder',
  'unknown_project',
  'unknown_period',
  'period_not_verified',
  'exceeds_verified',
  'insufficient_balance',
  'serials_not_held',
  'same_holder',
  'project_not_registered',
  'period_overlaps',
  'below_issued',
] as const;
export type CreditProblemCode = (typeof creditProblemCodes)[number];
