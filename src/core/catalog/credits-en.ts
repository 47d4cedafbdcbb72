import type { CreditWords } from './credits-words.js';

/** The credits ledger's words in English. */
export const creditsEn: CreditWords = {
  creditOperation: { issue: 'Issued', transfer: 'Transferred', use: 'Used', retire: 'Retired' },
  projectRegistration: { applied: 'Registration applied for', registered: 'Registered' },
  creditProblem: {
    not_whole_tonnes: 'Credits are whole tonnes (1 credit = 1 tCO₂e)',
    not_positive: 'The quantity must be above zero',
    unknown_holder: 'No such holder',
    unknown_project: 'No such offset project',
    unknown_period: 'No such monitoring period',
    period_not_verified: 'The monitoring period is not verified yet: nothing can be issued',
    exceeds_verified: 'More than the verified reduction: cannot be issued',
    insufficient_balance: 'The holder holds fewer credits',
    serials_not_held: 'The holder does not hold these serials',
    same_holder: 'A holder cannot transfer to itself',
    project_not_registered: 'The project is not registered: nothing can be issued',
    period_overlaps: 'Overlaps another monitoring period',
    below_issued: 'Below the credits already issued',
  },
};
