import { z } from 'zod';
import {
  creditAccountKinds,
  creditOperationKinds,
  projectRegistrationStatuses,
} from '../../core/credits/vocabulary.js';
import { sectorCodes } from '../../core/vocabulary/lists.js';
import { code, decimalText, isoDate, notes, text } from '../primitives.js';

/**
 * The credits ledger's API shapes (減量額度): offset projects and their monitoring periods as
 * the secretariat records them, the holders, the ledger's operations, and the registry page a
 * project shows the public. Tonnes and quantities travel as decimal text (exact); a quantity of
 * credits is whole tonnes, which the ledger checks with a coded message.
 */

const tonnes = decimalText.describe('tCO₂e as decimal text, e.g. "1367"');
const quantity = decimalText.describe('whole credits (1 credit = 1 tCO₂e) as text, e.g. "100"');

export const measureRef = z.strictObject({
  plan: code,
  sector: z.enum(sectorCodes),
  no: z.int().min(1),
});
export type MeasureRef = z.infer<typeof measureRef>;

export const registrationSchema = z.strictObject({
  status: z.enum(projectRegistrationStatuses),
  number: text.nullable().default(null),
  date: isoDate.nullable().default(null),
});

export const projectInput = z.strictObject({
  code,
  name: text,
  nameEn: text.nullable().default(null),
  proponent: text,
  description: text.nullable().default(null),
  methodology: text.nullable().default(null),
  registration: registrationSchema,
  measure: measureRef.nullable().default(null),
  source: code.nullable().default(null),
  notes: notes.default([]),
});
export type ProjectInput = z.infer<typeof projectInput>;

export const verificationInput = z.strictObject({ tonnes, on: isoDate });
export type VerificationInput = z.infer<typeof verificationInput>;

export const periodInput = z.strictObject({
  no: z.int().min(1),
  startsOn: isoDate,
  endsOn: isoDate,
  reportedTonnes: tonnes.nullable().default(null),
  verified: verificationInput.nullable().default(null),
  source: code.nullable().default(null),
  notes: notes.default([]),
});
export type PeriodInput = z.infer<typeof periodInput>;

export const holderInput = z.strictObject({
  code,
  name: text,
  nameEn: text.nullable().default(null),
});
export type HolderInput = z.infer<typeof holderInput>;

const operationCommon = {
  quantity,
  on: isoDate,
  note: text.nullable().default(null),
  /** The same key twice records the operation once; the second call gets the first's result. */
  idempotencyKey: z.string().min(8).max(100).nullable().default(null),
};
/** Credits leave a holder from the lowest serials up, of one project if named. */
const fromHolder = { from: code, project: code.nullable().default(null) };

export const operationInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('issue'),
    project: code,
    period: z.int().min(1),
    to: code,
    ...operationCommon,
  }),
  z.strictObject({ kind: z.literal('transfer'), ...fromHolder, to: code, ...operationCommon }),
  z.strictObject({
    kind: z.literal('use'),
    ...fromHolder,
    /** What the credits are set against: a carbon fee's notice, an EIA offset obligation. */
    reference: text,
    ...operationCommon,
  }),
  z.strictObject({
    kind: z.literal('retire'),
    ...fromHolder,
    /** On whose behalf, or why, as the retirement statement names it. */
    reference: text.nullable().default(null),
    ...operationCommon,
  }),
]);
export type OperationInput = z.infer<typeof operationInput>;

export const serialRangeSchema = z.strictObject({
  project: z.string(),
  period: z.int(),
  first: z.int(),
  last: z.int(),
  quantity: z.int(),
});

const party = z.strictObject({ code: z.string(), name: z.string() });

/** One recorded operation with the serials it moved. */
export const operationResponse = z.strictObject({
  id: z.int(),
  kind: z.enum(creditOperationKinds),
  on: isoDate,
  at: z.string(),
  /** The holder debited (null for an issue) and the holder credited (null for a use or retirement). */
  from: party.nullable(),
  to: party.nullable(),
  quantity: z.int(),
  serials: z.array(serialRangeSchema),
  reference: z.string().nullable(),
  note: z.string().nullable(),
});
export type OperationResponse = z.infer<typeof operationResponse>;
export const operationListResponse = z.array(operationResponse);

export const periodResponse = z.strictObject({
  no: z.int(),
  startsOn: isoDate,
  endsOn: isoDate,
  reportedTonnes: z.string().nullable(),
  verifiedTonnes: z.string().nullable(),
  verifiedOn: isoDate.nullable(),
  issued: z.int(),
  issuable: z.int(),
  source: z.string().nullable(),
  notes: z.array(z.string()),
});
export type PeriodResponse = z.infer<typeof periodResponse>;

export const projectSummary = z.strictObject({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  proponent: z.string(),
  description: z.string().nullable(),
  methodology: z.string().nullable(),
  registration: z.strictObject({
    status: z.enum(projectRegistrationStatuses),
    number: z.string().nullable(),
    date: isoDate.nullable(),
  }),
  measure: measureRef.nullable(),
  source: z.string().nullable(),
  notes: z.array(z.string()),
  totals: z.strictObject({
    verifiedTonnes: z.string(),
    issued: z.int(),
    retired: z.int(),
    used: z.int(),
    /** Issued and still held by someone: neither used nor retired. */
    outstanding: z.int(),
  }),
});
export type ProjectSummary = z.infer<typeof projectSummary>;
export const projectListResponse = z.array(projectSummary);

/** A project's registry page: the project, its monitoring periods and its ledger history. */
export const projectPageResponse = z.strictObject({
  project: projectSummary,
  periods: z.array(periodResponse),
  history: operationListResponse,
});
export type ProjectPageResponse = z.infer<typeof projectPageResponse>;

export const accountResponse = z.strictObject({
  code: z.string(),
  kind: z.enum(creditAccountKinds),
  name: z.string(),
  nameEn: z.string().nullable(),
  /** Credits held, from the ledger's entries (credited less debited). */
  balance: z.int(),
});
export type AccountResponse = z.infer<typeof accountResponse>;
export const accountListResponse = z.array(accountResponse);
