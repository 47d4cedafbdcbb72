import type {
  CreditOperationKind,
  CreditProblemCode,
  ProjectRegistrationStatus,
} from '../credits/vocabulary.js';

/** The credits ledger's groups of the message catalog (core/credits/vocabulary.ts). */
export interface CreditWords {
  creditOperation: Record<CreditOperationKind, string>;
  projectRegistration: Record<ProjectRegistrationStatus, string>;
  /** Why the ledger refused, by the issue code the server sends. */
  creditProblem: Record<CreditProblemCode, string>;
}
