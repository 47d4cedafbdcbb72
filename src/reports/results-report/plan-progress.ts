import type { Decimal } from '../../core/decimal.js';
import type { PlanSummary, SectorSummary } from '../../core/plan-summary/types.js';
import { toWanTonnesText } from '../../core/format/tonnes.js';
import type { Rollup } from '../../core/rollup/rollup-by-sector.js';
import { formatNumber, percentOf } from '../../core/format/numbers.js';
import type { PlanProgress, SectorProgressRow } from './model.js';
import { progressStatuses } from '../../core/progress/status.js';
import { zhTW } from '../../core/catalog/zh-TW.js';

function row(
  code: string,
  name: string,
  rollup: Rollup,
  total: Decimal,
  published: SectorSummary['reconciliation'],
): SectorProgressRow {
  return {
    code,
    name,
    measures: rollup.measures,
    status: { ...rollup.status },
    reductionT: rollup.reductionT.toFixed(2),
    reductionWan: toWanTonnesText(rollup.reductionT),
    sharePercent: percentOf(rollup.reductionT, total, 1) ?? '-',
    published: published
      ? { wan: toWanTonnesText(published.publishedT), note: published.explanation.zh }
      : null,
  };
}

/** Chapter 1 part 2: measures and reductions by sector and in total, against the plan goal. */
export function buildPlanProgress(
  summary: PlanSummary,
  planName: string,
  asOfRoc: string,
): PlanProgress {
  const total = summary.total.reductionT;
  const goal = summary.goalReductionT;
  const sectors = summary.sectors.map((s) =>
    row(s.code, s.name, s.rollup, total, s.reconciliation),
  );
  const totalRow = row('total', '合計', summary.total, total, summary.reconciliation);
  const goalPercent = goal ? percentOf(total, goal, 1) : null;
  const counts = progressStatuses
    .filter((s) => summary.total.status[s] > 0)
    .map((s) => `${zhTW.status[s]} ${String(summary.total.status[s])} 項`)
    .join('、');
  const paragraphs = [
    `${planName}共 ${String(summary.total.measures)} 項措施，截至 ${asOfRoc}，` +
      `累計減碳量 ${formatNumber(toWanTonnesText(total))} 萬公噸 CO₂e` +
      (goal && goalPercent !== null
        ? `，為五年目標 ${formatNumber(toWanTonnesText(goal))} 萬公噸之 ${goalPercent}%。`
        : '。'),
    `依各指標之目標與執行量計算進度：${counts}。`,
    ...sectors.map(
      (s) =>
        `${s.name}部門共 ${String(s.measures)} 項措施，累積減碳量 ${s.reductionWan} 萬公噸` +
        `（占 ${s.sharePercent}%）。`,
    ),
  ];
  if (summary.reconciliation) paragraphs.push(summary.reconciliation.explanation.zh);
  return {
    sectors,
    total: totalRow,
    goalWan: goal ? toWanTonnesText(goal) : null,
    goalPercent,
    paragraphs,
  };
}
