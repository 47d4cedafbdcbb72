import type { Kysely } from 'kysely';
import { dateParts, yearOf, type IsoDate } from '../../core/dates.js';
import { buildPlanSummary } from '../../core/plan-summary/build-plan-summary.js';
import { formatRocDate, rocYear } from '../../core/roc-date.js';
import { loadPlanInputs } from '../../db/plans/load-plan-inputs.js';
import { readConsistently } from '../../db/read-consistently.js';
import type { Tables } from '../../db/tables.js';
import { buildEmissionsChapter } from './emissions-status.js';
import { loadEmissionsFacts } from './load-emissions-facts.js';
import { buildLaggingTable } from './lagging.js';
import { loadReportFacts } from '../../db/reports/load-report-facts.js';
import type { ResultsReport } from './model.js';
import { buildPlanProgress } from './plan-progress.js';
import { buildSectorSummaries } from './sector-summaries.js';
import { buildTable1 } from './table1.js';

/** 2021-01-01 … 2023-09-30 → '110~112/9' (the seed's way of naming the span covered). */
function coverageOf(start: IsoDate, asOf: IsoDate): string {
  const s = dateParts(start);
  const e = dateParts(asOf);
  return `${String(rocYear(s.year))}~${String(rocYear(e.year))}/${String(e.month)}`;
}

/**
 * The results report (成果報告) of one plan at an as-of date, computed from the database only.
 * Returns plain data (model.ts) that every renderer and the snapshot store share.
 *
 * @example const report = await buildResultsReport(db, 'kaohsiung', 'phase2', '2023-09-30');
 *   report.table1.totalWan // '464.73'
 */
export async function buildResultsReport(
  db: Kysely<Tables>,
  cityId: string,
  planCode: string,
  asOf: IsoDate,
): Promise<ResultsReport> {
  // One snapshot: a figure approved while the report is read must be in all of it or none.
  const [{ plan, measures }, facts, emissionsFacts] = await readConsistently(db, (snapshot) =>
    Promise.all([
      loadPlanInputs(snapshot, cityId, planCode, asOf),
      loadReportFacts(snapshot, cityId, planCode, asOf),
      loadEmissionsFacts(snapshot, cityId),
    ]),
  );
  const summary = buildPlanSummary(plan, measures, asOf);
  const asOfRoc = formatRocDate(asOf);
  const coverage = coverageOf(plan.period.start, asOf);
  const asOfYear = rocYear(dateParts(asOf).year);
  return {
    format: 'netzero-results-report/2',
    city: { code: cityId, name: facts.cityName },
    plan: { code: planCode, name: facts.planName, start: plan.period.start, end: plan.period.end },
    asOf,
    asOfRoc,
    coverage,
    title: `${String(asOfYear)} 年度${facts.cityName}${facts.planName.replace(facts.cityName, '')}成果報告`,
    emissions: buildEmissionsChapter(emissionsFacts, asOf, {
      start: yearOf(plan.period.start),
      end: yearOf(plan.period.end),
    }),
    progress: buildPlanProgress(summary, facts.planName, asOfRoc),
    table1: buildTable1(
      summary,
      measures,
      facts,
      plan.period.start,
      `${coverage} ${facts.planName.replace(facts.cityName, '')}推動成果`,
      summary.reconciliation?.explanation.zh ?? null,
    ),
    sectorSummaries: buildSectorSummaries(summary, facts),
    lagging: buildLaggingTable(summary, facts),
  };
}
