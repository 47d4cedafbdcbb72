import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { type AuditAction } from '../../core/vocabulary/lists.js';
import { selectCityRows } from '../city-scope.js';

export interface AuditEvent {
  city: string;
  /** Who: `username` for people, `cli:<os user>` or `system` for commands. */
  actor: string;
  /** What was done, verb first: `submission.save`, `round.open`, `user.create`. */
  action: AuditAction;
  /** The kind of record and its key within the city. */
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

/**
 * Appends one entry to the city's hash-chained audit trail. Call it inside the transaction
 * that makes the change, so the change and its record commit or fail together:
 *
 * @example
 *   await db.transaction().execute(async (trx) => {
 *     await trx.updateTable('measures')…;
 *     await appendAudit(trx, { city, actor, action: 'measure.rename', entity: 'measure',
 *       entityKey: 'energy/1', before: { name }, after: { name: next } });
 *   });
 *
 * A transaction-scoped advisory lock per city serialises appenders, so two concurrent writers
 * never read the same chain head.
 */
export async function appendAudit(
  trx: Kysely<Tables>,
  event: AuditEvent,
): Promise<{ seq: number; hash: string }> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`netzero-audit:${event.city}`}))`.execute(trx);
  const head = await selectCityRows(trx, 'audit_log', event.city)
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Values go through JSON once so what is hashed is exactly what jsonb gives back.
  const before = normalize(event.before);
  const after = normalize(event.after);
  const row = {
    city_id: event.city,
    seq: (head?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actor: event.actor,
    action: event.action,
    entity: event.entity,
    entity_key: event.entityKey,
    before,
    after,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = auditHash(prevHash, row);
  await trx
    .insertInto('audit_log')
    .values({
      ...row,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { seq: row.seq, hash };
}

function normalize(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Records an event that changed nothing in the database (a sign-in, a sign-out) in a
 * transaction of its own; a change is audited with `appendAudit` inside its own transaction.
 */
export async function recordAudit(
  db: Kysely<Tables>,
  event: AuditEvent,
): Promise<{ seq: number; hash: string }> {
  return db.transaction().execute((trx) => appendAudit(trx, event));
}
