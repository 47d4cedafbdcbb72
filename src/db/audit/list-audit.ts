import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
  hash: string;
}

/** A page of the city's audit trail, newest first: `limit` entries before `before` (a seq). */
export async function listAuditEntries(
  db: Kysely<Tables>,
  city: string,
  page: { limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
  let query = selectCityRows(db, 'audit_log', city)
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(page.limit);
  if (page.before !== undefined) query = query.where('seq', '<', page.before);
  const rows = await query.execute();
  return rows.map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityKey: e.entity_key,
    before: e.before,
    after: e.after,
    hash: e.hash,
  }));
}

/** When the city last approved a submission (approving is what publishes figures), or null. */
export async function lastApprovalAt(db: Kysely<Tables>, city: string): Promise<string | null> {
  const row = await selectCityRows(db, 'audit_log', city)
    .select((eb) => eb.fn.max<string | null>('at').as('at'))
    .where('action', '=', 'submission.approve')
    .executeTakeFirst();
  return row?.at ?? null;
}
