import type { PlanSummary } from '../../core/plan-summary/types.js';
import { formatNumber } from '../../core/format/numbers.js';
import { displayUnit } from './format.js';
import { measureKeyOf, type ReportFacts } from '../../db/reports/load-report-facts.js';
import type { LaggingRow } from './model.js';

const NO_EXPLANATION = '（局處尚未提供說明）';

/**
 * Table 5 (進度落後說明), computed: every quantified indicator whose status is `lagging` at the
 * as-of date, with the agency's latest explanation for it (or for its measure) and
 * 執行量/目標值 to date — the actual figure against what the target expects by now.
 */
export function buildLaggingTable(summary: PlanSummary, facts: ReportFacts): LaggingRow[] {
  const sectorName = new Map(summary.sectors.map((s) => [s.code, s.name]));
  return summary.measures
    .filter((m) => m.status === 'lagging')
    .flatMap((m) => {
      const key = measureKeyOf(m.sector, m.no);
      const explanations = facts.explanations.filter((e) => e.measureKey === key);
      return m.indicators
        .filter((i) => i.status === 'lagging')
        .map((i): LaggingRow => {
          const own = explanations.filter((e) => e.indicatorKey === i.key).at(-1);
          const general = explanations.filter((e) => e.indicatorKey === null).at(-1);
          const expected = i.expectedToDate?.toDecimalPlaces(2) ?? null;
          const unit = displayUnit(i.unit);
          return {
            sector: sectorName.get(m.sector) ?? m.sector,
            measureNo: m.no,
            measure: m.name,
            agency: m.agency?.name ?? null,
            indicator: m.indicators.length > 1 ? i.label : null,
            explanation: (own ?? general)?.text ?? NO_EXPLANATION,
            progressText:
              `${i.actual === null ? '-' : formatNumber(i.actual)}/` +
              `${expected === null ? '-' : formatNumber(expected)} ${unit}`,
            actual: i.actual?.toFixed() ?? null,
            expectedToDate: expected?.toFixed() ?? null,
            unit: i.unit,
          };
        });
    });
}
