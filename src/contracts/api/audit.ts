import { z } from 'zod';

/** One entry of the hash-chained audit trail. */
export const auditEntry = z.strictObject({
  seq: z.int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityKey: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

/** GET /api/v1/cities/{city}/audit?limit=&before= (admin, reviewer) */
export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z.coerce.number().int().min(1).optional(),
});
export const auditListResponse = z.array(auditEntry);

/** GET /api/v1/cities/{city}/audit/verify (admin) */
export const auditVerifyResponse = z.strictObject({
  ok: z.boolean(),
  entries: z.int(),
  firstBroken: z.strictObject({ seq: z.int(), reason: z.string() }).nullable(),
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponse>;
