import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../../db/tables.js';
import type { ResultsReport } from '../results-report/model.js';
import { REPORT_FORMATS_KNOWN, type StoredResultsReport } from '../results-report/model-v1.js';

export interface ReportSnapshot {
  id: number;
  city: string;
  contentHash: string;
  createdAt: string;
  /** A snapshot keeps the model version it was taken with; every renderer takes each version. */
  report: StoredResultsReport;
}

/** SHA-256 of the model's JSON text: what makes two snapshots the same report. */
export function contentHashOf(json: string): string {
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

/**
 * Freezes a report model. Storing the same content again returns the existing snapshot, so
 * regenerating an unchanged report does not pile up copies.
 */
export async function saveReportSnapshot(
  db: Kysely<Tables>,
  report: ResultsReport,
): Promise<ReportSnapshot> {
  return db.transaction().execute((trx) => saveReportSnapshotIn(trx, report));
}

/**
 * The same inside the caller's transaction (the API appends its audit entry there too);
 * `reused` says the city already held this exact content.
 */
export async function saveReportSnapshotIn(
  trx: Kysely<Tables>,
  report: ResultsReport,
): Promise<ReportSnapshot & { reused: boolean }> {
  const model = JSON.stringify(report);
  const contentHash = contentHashOf(model);
  const existing = await trx
    .selectFrom('report_snapshots')
    .select(['id', 'created_at'])
    .where('city_id', '=', report.city.code)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  const row =
    existing ??
    (await trx
      .insertInto('report_snapshots')
      .values({
        city_id: report.city.code,
        kind: 'results',
        plan_code: report.plan.code,
        as_of: report.asOf,
        model,
        content_hash: contentHash,
      })
      .onConflict((c) => c.columns(['city_id', 'content_hash']).doNothing())
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow());
  return {
    id: row.id,
    city: report.city.code,
    contentHash,
    createdAt: row.created_at,
    report,
    reused: existing !== undefined,
  };
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
  const rows = await db
    .selectFrom('report_snapshots')
    .select(['id', 'plan_code', 'as_of', 'content_hash', 'created_at'])
    .where('city_id', '=', cityId)
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

/**
 * A stored report, exactly as it was frozen; the hash is checked so a tampered or damaged row
 * is refused rather than rendered.
 */
export async function loadReportSnapshot(
  db: Kysely<Tables>,
  cityId: string,
  id: number,
): Promise<ReportSnapshot> {
  const row = await db
    .selectFrom('report_snapshots')
    .select(['id', 'model', 'content_hash', 'created_at'])
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no report snapshot ${String(id)}`, [
      { path: 'snapshot', message: 'not found' },
    ]);
  if (contentHashOf(row.model) !== row.content_hash)
    throw new NetZeroError(
      'INTERNAL',
      `report snapshot ${String(id)} of "${cityId}" does not match its content hash`,
    );
  const report = JSON.parse(row.model) as StoredResultsReport;
  if (!(REPORT_FORMATS_KNOWN as readonly string[]).includes(report.format))
    throw new NetZeroError(
      'INTERNAL',
      `report snapshot ${String(id)} of "${cityId}" is in format "${report.format as string}", which this version cannot render`,
    );
  return {
    id: row.id,
    city: cityId,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    report,
  };
}
