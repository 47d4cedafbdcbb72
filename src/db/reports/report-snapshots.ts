import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

/** A frozen report model as stored: its JSON text and the SHA-256 that names its content. */
export interface ReportSnapshotRow {
  id: number;
  model: string;
  contentHash: string;
  createdAt: string;
}

export interface NewReportSnapshot {
  city: string;
  plan: string;
  asOf: string;
  model: string;
  contentHash: string;
}

/**
 * Stores a report model once per content: the same hash again returns the stored row
 * (`reused`). With `auditBy`, the `report.generate` audit entry commits with it.
 */
export async function storeReportSnapshot(
  db: Kysely<Tables>,
  snapshot: NewReportSnapshot,
  auditBy?: string,
): Promise<{ id: number; createdAt: string; reused: boolean }> {
  return db.transaction().execute(async (trx) => {
    const existing = await selectCityRows(trx, 'report_snapshots', snapshot.city)
      .select(['id', 'created_at'])
      .where('content_hash', '=', snapshot.contentHash)
      .executeTakeFirst();
    const row =
      existing ??
      (await trx
        .insertInto('report_snapshots')
        .values({
          city_id: snapshot.city,
          kind: 'results',
          plan_code: snapshot.plan,
          as_of: snapshot.asOf,
          model: snapshot.model,
          content_hash: snapshot.contentHash,
        })
        .onConflict((c) => c.columns(['city_id', 'content_hash']).doNothing())
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow());
    const stored = { id: row.id, createdAt: row.created_at, reused: existing !== undefined };
    if (auditBy !== undefined)
      await appendAudit(trx, {
        city: snapshot.city,
        actor: auditBy,
        action: 'report.generate',
        entity: 'report_snapshot',
        entityKey: String(stored.id),
        before: null,
        after: {
          plan: snapshot.plan,
          asOf: snapshot.asOf,
          hash: snapshot.contentHash,
          reused: stored.reused,
        },
      });
    return stored;
  });
}

export interface ReportSnapshotEntry {
  id: number;
  plan: string;
  asOf: string;
  contentHash: string;
  createdAt: string;
}

/** A plan's snapshots, newest first, without their (large) models. */
export async function listReportSnapshots(
  db: Kysely<Tables>,
  cityId: string,
  planCode: string,
): Promise<ReportSnapshotEntry[]> {
  const rows = await selectCityRows(db, 'report_snapshots', cityId)
    .select(['id', 'plan_code', 'as_of', 'content_hash', 'created_at'])
    .where('plan_code', '=', planCode)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    plan: r.plan_code,
    asOf: r.as_of,
    contentHash: r.content_hash,
    createdAt: r.created_at,
  }));
}

/** One stored snapshot of the city, or undefined. */
export async function findReportSnapshot(
  db: Kysely<Tables>,
  cityId: string,
  id: number,
): Promise<ReportSnapshotRow | undefined> {
  const row = await selectCityRows(db, 'report_snapshots', cityId)
    .select(['id', 'model', 'content_hash', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      model: row.model,
      contentHash: row.content_hash,
      createdAt: row.created_at,
    }
  );
}
