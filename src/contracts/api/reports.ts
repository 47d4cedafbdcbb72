import { z } from 'zod';
import { isoDate, timestamp } from './common.js';
import { reportFormats } from '../../core/vocabulary/lists.js';

/**
 * The results report (成果報告) over HTTP. POST …/plans/{plan}/reports {asOf} freezes the report
 * as a snapshot (the same content is stored once: generating it again returns that snapshot);
 * GET …/reports lists the plan's snapshots; GET …/reports/{id}/{format} renders one snapshot,
 * identical whatever changed since.
 */
export const reportFormat = z.enum(reportFormats);
export type ReportFormatName = z.infer<typeof reportFormat>;

export const reportContentTypes: Record<ReportFormatName, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const createReportRequest = z.strictObject({
  /** The cut-off date the figures count to (ISO). */
  asOf: isoDate,
});
export type CreateReportRequest = z.infer<typeof createReportRequest>;

export const reportSnapshotResponse = z.strictObject({
  id: z.int(),
  city: z.string(),
  plan: z.string(),
  asOf: isoDate,
  createdAt: timestamp,
  /** SHA-256 of the frozen model: two snapshots with one hash are the same report. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  formats: z.array(reportFormat),
  /** True when the city already held exactly this report (nothing new stored). */
  reused: z.boolean().optional(),
});
export type ReportSnapshotResponse = z.infer<typeof reportSnapshotResponse>;

export const reportListResponse = z.array(reportSnapshotResponse);
export type ReportListResponse = z.infer<typeof reportListResponse>;

/** `results-kaohsiung-phase2-2023-09-30-s7.pdf`: the snapshot number keeps two reports of one date apart. */
export function reportDownloadName(
  snapshot: Pick<ReportSnapshotResponse, 'city' | 'plan' | 'asOf' | 'id'>,
  format: ReportFormatName,
): string {
  return `results-${snapshot.city}-${snapshot.plan}-${snapshot.asOf}-s${String(snapshot.id)}.${format}`;
}
