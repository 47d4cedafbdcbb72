import type { Kysely } from 'kysely';
import type { AuditAction } from '../../core/vocabulary/lists.js';
import type { Tables } from '../tables.js';

/** A city's audit entries of one action, oldest first: who, on what, before and after. */
export const auditEntries = (db: Kysely<Tables>, city: string, action: AuditAction) =>
  db
    .selectFrom('audit_log')
    .select(['actor', 'entity_key', 'before', 'after'])
    .where('city_id', '=', city)
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
