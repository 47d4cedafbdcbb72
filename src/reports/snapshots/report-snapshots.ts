import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import { findReportSnapshot, storeReportSnapshot } from '../../db/reports/report-snapshots.js';
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
 * Freezes a report model. Storing the same content again returns the existing snapshot
 * (`reused`), so regenerating an unchanged report does not pile up copies. With `auditBy` (the
 * actor), the `report.generate` audit entry commits with the snapshot.
 */
export async function saveReportSnapshot(
  db: Kysely<Tables>,
  report: ResultsReport,
  auditBy?: string,
): Promise<ReportSnapshot & { reused: boolean }> {
  const model = JSON.stringify(report);
  const contentHash = contentHashOf(model);
  const stored = await storeReportSnapshot(
    db,
    { city: report.city.code, plan: report.plan.code, asOf: report.asOf, model, contentHash },
    auditBy,
  );
  return {
    id: stored.id,
    city: report.city.code,
    contentHash,
    createdAt: stored.createdAt,
    report,
    reused: stored.reused,
  };
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
  const row = await findReportSnapshot(db, cityId, id);
  if (!row)
    throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no report snapshot ${String(id)}`, [
      { path: 'snapshot', message: 'not found' },
    ]);
  if (contentHashOf(row.model) !== row.contentHash)
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
    contentHash: row.contentHash,
    createdAt: row.createdAt,
    report,
  };
}
