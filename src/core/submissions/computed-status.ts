import { Decimal } from '../decimal.js';
import { computeIndicatorProgress } from '../progress/compute-indicator-progress.js';
import { worstStatus, type ProgressStatus } from '../progress/status.js';
import type { ResultFigure } from '../targets.js';
import { roundPeriod, type EnteredFigure, type RoundFigureContext } from './round-figures.js';

/**
 * The measure's status at the cut-off if these figures were published: the worst of its
 * quantified indicators, with the round's figures replacing any of the same period.
 */
export function computedStatus(
  ctx: RoundFigureContext,
  figures: readonly EnteredFigure[],
): ProgressStatus {
  const period = roundPeriod(ctx);
  const statuses: ProgressStatus[] = [];
  for (const indicator of ctx.indicators) {
    if (indicator.targetKind === 'observation') continue;
    const results: ResultFigure[] = indicator.results
      .filter((r) => !(r.periodStart === period.start && r.periodEnd === period.end))
      .map((r) => ({
        period: { start: r.periodStart, end: r.periodEnd },
        value: new Decimal(r.value),
        basis: r.basis,
      }));
    const entered = figures.find((f) => f.indicator === indicator.key);
    if (entered && /^-?\d+(\.\d+)?$/.test(entered.value))
      results.push({ period, value: new Decimal(entered.value), basis: entered.basis });
    statuses.push(
      computeIndicatorProgress({
        plan: ctx.plan,
        target: indicator.target,
        results,
        asOf: ctx.round.cutOff,
      }).status,
    );
  }
  return statuses.length === 0 ? 'observation' : worstStatus(statuses);
}
