import type { PlanSummary } from '../../core/plan-summary/types.js';
import { toWanTonnesText } from '../../core/format/tonnes.js';
import { formatRocPeriod } from '../../core/roc-date.js';
import { measureKeyOf, type ReportFacts } from '../../db/reports/load-report-facts.js';
import type { SectorSummaryText } from './model.js';
import { progressStatuses } from '../../core/progress/status.js';
import { zhTW } from '../../core/catalog/zh-TW.js';

/** Chapter 3: per sector, the computed counts and reductions, then the agencies' own words. */
export function buildSectorSummaries(
  summary: PlanSummary,
  facts: ReportFacts,
): SectorSummaryText[] {
  return summary.sectors.map((sector) => {
    const measures = summary.measures
      .filter((m) => m.sector === sector.code)
      .sort((a, b) => a.no - b.no);
    const withReduction = measures.filter((m) => m.reduction !== null);
    const top = withReduction.reduce<(typeof withReduction)[number] | undefined>(
      (best, m) =>
        best?.reduction && m.reduction && best.reduction.valueT.gte(m.reduction.valueT) ? best : m,
      undefined,
    );
    const counts = progressStatuses
      .filter((s) => sector.rollup.status[s] > 0)
      .map((s) => `${zhTW.status[s]} ${String(sector.rollup.status[s])} 項`)
      .join('、');
    const paragraph =
      `${sector.name}部門共 ${String(sector.rollup.measures)} 項措施（${counts}），` +
      `其中 ${String(withReduction.length)} 項有減碳量，合計 ${toWanTonnesText(sector.rollup.reductionT)} 萬公噸 CO₂e` +
      (top?.reduction
        ? `；減碳量最大者為「${top.name}」${toWanTonnesText(top.reduction.valueT)} 萬公噸。`
        : '。');
    // Grouped by measure (in number order), each measure's texts in period order.
    const qualitative = measures.flatMap((m) =>
      facts.qualitative
        .filter((q) => q.measureKey === measureKeyOf(m.sector, m.no))
        .map((q) => ({
          measure: m.name,
          period: formatRocPeriod({ start: q.start, end: q.end }),
          text: q.text,
        })),
    );
    return { code: sector.code, name: sector.name, paragraph, qualitative };
  });
}
