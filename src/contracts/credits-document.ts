import { z } from 'zod';
import { periodInput, projectInput } from './api/credits.js';
import { creditAccountKinds, creditOperationKinds } from '../core/credits/vocabulary.js';
import { code, isoDate } from './primitives.js';

/**
 * A city's offset projects with their monitoring periods, as shipped in data/<city>-credits.yaml
 * (format netzero-credits/1): what the secretariat would record through the API, in one file.
 */
export const creditsDocument = z.strictObject({
  format: z.literal('netzero-credits/1'),
  city: code,
  projects: z.array(projectInput.extend({ periods: z.array(periodInput).default([]) })),
});
export type CreditsDocument = z.infer<typeof creditsDocument>;

/** One ledger entry as exported: serials moved from one account to another. */
const entryRecord = z.strictObject({
  debit: z.string(),
  credit: z.string(),
  project: code,
  period: z.int().min(1),
  first: z.int().min(1),
  last: z.int().min(1),
});

/**
 * The credits ledger in the city document: projects with their periods, the accounts, and every
 * operation in the order recorded, with its entries. Importing replays the operations through
 * the ledger's trigger, so a document that breaks an invariant is refused like any writer.
 */
export const creditsSection = z.strictObject({
  projects: creditsDocument.shape.projects,
  accounts: z.array(
    z.strictObject({
      code: z.string(),
      kind: z.enum(creditAccountKinds),
      name: z.string(),
      nameEn: z.string().nullable(),
    }),
  ),
  operations: z.array(
    z.strictObject({
      kind: z.enum(creditOperationKinds),
      project: code.nullable(),
      period: z.int().nullable(),
      on: isoDate,
      reference: z.string().nullable(),
      note: z.string().nullable(),
      idempotencyKey: z.string().nullable(),
      actor: z.string(),
      at: z.string(),
      entries: z.array(entryRecord).min(1),
    }),
  ),
});
export type CreditsSection = z.infer<typeof creditsSection>;
