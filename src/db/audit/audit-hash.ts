import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../tables-accounts.js';
import { canonicalJson } from './canonical-json.js';

/** The hash before the first entry of a city's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns of an audit entry that its hash covers: all but the hashes themselves. */
export type AuditFields = Omit<AuditLogTable, 'before' | 'after' | 'prev_hash' | 'hash'> & {
  before: unknown;
  after: unknown;
};

/** sha256(previous hash + canonical JSON of every field of the row except the hashes). */
export function auditHash(prevHash: string, row: AuditFields): string {
  const fields: AuditFields = {
    city_id: row.city_id,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entity_key: row.entity_key,
    before: row.before ?? null,
    after: row.after ?? null,
  };
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}
