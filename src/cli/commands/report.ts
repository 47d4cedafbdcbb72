import { parseIsoDate } from '../../core/dates.js';
import { resolvePlan } from '../../db/plans/list-plans.js';
import { parseFormats, startLibreOffice, writeReportFiles } from '../../reports/report-formats.js';
import { buildResultsReport } from '../../reports/results-report/build-results-report.js';
import {
  loadReportSnapshot,
  saveReportSnapshot,
  type ReportSnapshot,
} from '../../reports/snapshots/report-snapshots.js';
import { requireFlag, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';

/**
 * `netzero report results`: builds the results report from the database, freezes it as a
 * snapshot, and writes the requested formats. `--snapshot N` renders a frozen one again.
 */
export async function reportResults(
  { values }: Flags<Record<'city' | 'plan' | 'as-of' | 'format' | 'out' | 'snapshot', 'string'>>,
  io: CliIo,
): Promise<number> {
  const formats = parseFormats(values.format ?? 'docx,odt,pdf,xlsx');
  const out = values.out ?? '.';
  if (values.snapshot !== undefined) {
    if (!/^\d+$/.test(values.snapshot)) throw usage('--snapshot takes a snapshot number');
    if (values['as-of'] !== undefined || values.plan !== undefined)
      throw usage('--snapshot renders a frozen report: leave out --plan and --as-of');
  }
  const { snapshot, written } = await withProgress(io, 'report results', async (progress) => {
    // LibreOffice starts now and waits for the DOCX: its start runs beside the database work.
    const libreOffice = startLibreOffice(formats);
    // The renderers (docx, ECharts, resvg) load while PGlite compiles and opens, not before.
    const renderer = import('../../reports/generate-results-report.js');
    renderer.catch(() => undefined); // awaited below
    let snapshot: ReportSnapshot;
    try {
      snapshot = await withDatabase(io, async (db) => {
        if (values.snapshot !== undefined) {
          progress.step(`loading snapshot ${values.snapshot}`);
          return loadReportSnapshot(db, requireFlag(values.city, 'city'), Number(values.snapshot));
        }
        const asOf = parseIsoDate(requireFlag(values['as-of'], 'as-of'), '--as-of');
        const target = await resolvePlan(db, values.city, values.plan);
        progress.step(`building the report of ${target.city} as of ${asOf}`);
        const report = await buildResultsReport(db, target.city, target.plan, asOf);
        progress.step('freezing the snapshot');
        return saveReportSnapshot(db, report);
      });
    } catch (error) {
      await libreOffice?.cancel();
      throw error;
    }
    const { renderResultsReport } = await renderer.catch(async (error: unknown) => {
      await libreOffice?.cancel();
      throw error;
    });
    progress.step(`rendering ${formats.join(', ')}`);
    const files = await renderResultsReport(snapshot.report, formats, { libreOffice });
    progress.step(`writing to ${out}`);
    return { snapshot, written: await writeReportFiles(snapshot.report, files, out) };
  });
  io.out(
    `Snapshot ${String(snapshot.id)} (sha256 ${snapshot.contentHash.slice(0, 12)}) of ${snapshot.city}.`,
  );
  for (const path of written) io.out(path);
  return 0;
}
