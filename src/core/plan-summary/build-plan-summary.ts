import { Decimal } from '../decimal.js';
import { compareDates, type IsoDate } from '../dates.js';
import { computeIndicatorProgress } from '../progress/compute-indicator-progress.js';
import { worstStatus } from '../progress/status.js';
import { totalReduction } from '../reductions/reduction.js';
import { reconcileTotal } from '../rollup/reconcile.js';
import { rollupBySector, type Rollup } from '../rollup/rollup-by-sector.js';
import type { MeasureInput, MeasureSummary, PlanInput, PlanSummary } from './types.js';

/** Printed totals in the reports are rounded to 0.01 萬公噸 = 100 t. */
const PUBLISHED_RESOLUTION_T = new Decimal(100);

/**
 * The Table-1-style summary of a plan at an as-of date: each measure's indicators with their
 * progress, the measure's status (worst of its indicators) and reduction, rollups per sector
 * and for the plan, and — where the source printed totals — how those relate to ours.
 */
export function buildPlanSummary(
  plan: PlanInput,
  measures: readonly MeasureInput[],
  asOf: IsoDate,
): PlanSummary {
  const sectorOrder = plan.sectors.map((s) => s.code);
  const summaries = [...measures]
    .sort((a, b) => sectorOrder.indexOf(a.sector) - sectorOrder.indexOf(b.sector) || a.no - b.no)
    .map((m) => summarizeMeasure(plan, m, asOf));
  const rollups = rollupBySector(
    sectorOrder,
    summaries.map((m) => ({
      sector: m.sector,
      status: m.status,
      reductionT: m.reduction?.valueT ?? null,
      uncertaintyT: m.reduction?.uncertaintyT ?? new Decimal(0),
    })),
  );
  // Printed totals only make sense against data as of the date they were printed for: we
  // reconcile whenever the plan carries them, and the explanation states both figures.
  const reconcile = (publishedT: Decimal | undefined, sector: string | null, r: Rollup) =>
    publishedT === undefined
      ? null
      : reconcileTotal(
          publishedT,
          summaries
            .filter((m) => sector === null || m.sector === sector)
            .flatMap((m) => (m.reduction ? [m.reduction.valueT] : [])),
          r.uncertaintyT,
          PUBLISHED_RESOLUTION_T,
        );
  return {
    city: plan.city,
    plan: plan.code,
    asOf,
    sectors: rollups.sectors.map(({ sector, rollup }) => ({
      code: sector,
      name: plan.sectors.find((s) => s.code === sector)?.name ?? sector,
      rollup,
      reconciliation: reconcile(plan.published?.sectorReductionT[sector], sector, rollup),
    })),
    measures: summaries,
    total: rollups.total,
    goalReductionT: plan.goalReductionT ?? null,
    reconciliation: reconcile(plan.published?.totalReductionT, null, rollups.total),
  };
}

function summarizeMeasure(plan: PlanInput, measure: MeasureInput, asOf: IsoDate): MeasureSummary {
  const indicators = measure.indicators.map((indicator) => ({
    key: indicator.key,
    label: indicator.label,
    unit: indicator.unit,
    targetKind: indicator.target.kind,
    ...computeIndicatorProgress({
      plan: plan.period,
      target: indicator.target,
      results: indicator.results,
      asOf,
    }),
  }));
  const path = `${measure.sector}.${measure.no}.reductions`;
  const beforeStart = compareDates(asOf, plan.period.start) < 0;
  return {
    sector: measure.sector,
    no: measure.no,
    agency: measure.agency,
    name: measure.name,
    status: worstStatus(indicators.map((i) => i.status)),
    reduction: beforeStart ? null : totalReduction(measure.reductions, asOf, path),
    indicators,
  };
}
