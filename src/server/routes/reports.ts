import { reportEndpoints as e } from '../../contracts/api/endpoints/reports.js';
import { reportContentTypes, reportDownloadName } from '../../contracts/api/reports.js';
import { findPlan } from '../../db/plans/list-plans.js';
import { listReportSnapshots } from '../../db/reports/report-snapshots.js';
import { buildResultsReport } from '../../reports/results-report/build-results-report.js';
import {
  loadReportSnapshot,
  saveReportSnapshot,
} from '../../reports/snapshots/report-snapshots.js';
import type { AppEnv } from '../context.js';
import { notFound } from '../../core/errors.js';
import { route } from '../route.js';
import { reportFormats } from '../../core/vocabulary/lists.js';

/** The plan must exist: an unknown one is a 404 naming it, not an empty list. */
async function requirePlan(c: { var: AppEnv['Variables'] }, city: string, plan: string) {
  if (!(await findPlan(c.var.deps.db, city, plan)))
    throw notFound(`plan "${plan}" of city "${city}"`);
}

/** A safe file name: no path separators or quotes, whatever the plan is called. */
const safeName = (name: string) => name.replace(/["\\/:*?<>|\r\n]+/g, '-');

/** RFC 6266 with an ASCII fallback and the UTF-8 name as RFC 5987 `filename*`. */
export function contentDisposition(ascii: string, utf8: string): string {
  const encoded = encodeURIComponent(utf8).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Results reports for the secretariat: generate (freeze a snapshot, audited), list, download a
 * snapshot as DOCX, ODT, PDF or XLSX. Rendering is ReportFiles' (one LibreOffice at a time).
 */
export const reportRoutes = [
  route(e.createReport, {
    handle: async ({ c, deps: { db }, params: { city, plan }, body: { asOf }, user }) => {
      await requirePlan(c, city, plan);
      const report = await buildResultsReport(db, city, plan, asOf);
      const snapshot = await saveReportSnapshot(db, report, user.username);
      return {
        id: snapshot.id,
        city,
        plan,
        asOf,
        createdAt: snapshot.createdAt,
        hash: snapshot.contentHash,
        formats: [...reportFormats],
        reused: snapshot.reused,
      };
    },
  }),
  route(e.listReports, {
    handle: async ({ c, deps, params: { city, plan } }) => {
      await requirePlan(c, city, plan);
      const rows = await listReportSnapshots(deps.db, city, plan);
      return rows.map((r) => ({
        id: r.id,
        city,
        plan: r.plan,
        asOf: r.asOf,
        createdAt: r.createdAt,
        hash: r.contentHash,
        formats: [...reportFormats],
      }));
    },
  }),
  route(e.downloadReport, {
    handle: async ({ c, deps, params: { city, plan, id, format } }) => {
      const snapshot = await loadReportSnapshot(deps.db, city, id);
      if (snapshot.report.plan.code !== plan)
        throw notFound(`report snapshot ${String(id)} of plan "${plan}"`);
      const data = await deps.reportFiles.file(snapshot, format);
      const { report } = snapshot;
      const ascii = reportDownloadName({ city, plan, asOf: report.asOf, id }, format);
      const utf8 = safeName(`${report.title}-${report.asOfRoc}-s${String(id)}.${format}`);
      return c.body(new Uint8Array(data), 200, {
        'Content-Type': reportContentTypes[format],
        'Content-Disposition': contentDisposition(ascii, utf8),
        'Content-Length': String(data.length),
        'Cache-Control': 'private, no-cache',
      });
    },
  }),
];
