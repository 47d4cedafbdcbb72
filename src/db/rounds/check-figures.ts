import { Decimal, parseDecimal } from '../../core/decimal.js';
import { formatPeriodIso, type Period } from '../../core/dates.js';
import { NetZeroError, type Issue } from '../../core/errors.js';
import { computeIndicatorProgress } from '../../core/progress/compute-indicator-progress.js';
import { overlappingIncrement } from '../../core/progress/overlaps.js';
import { worstStatus, type ProgressStatus } from '../../core/progress/status.js';
import { quantity } from '../../core/quantity.js';
import type { ResultFigure } from '../../core/targets.js';
import type { StoredFigure } from '../tables-accounts.js';
import type { SubmissionContext } from './submission-context.js';

/** The round's period: the figures entered cover it. */
export const roundPeriod = (ctx: SubmissionContext): Period => ({
  start: ctx.round.periodStart,
  end: ctx.round.cutOff,
});

/**
 * Problems with the figures as entered: unknown indicator, unreadable decimal, a value the
 * unit refuses, two figures for one indicator, an increment that overlaps a published one.
 * `complete` also asks for a figure for every quantified indicator (on submit).
 */
export function figureIssues(
  ctx: SubmissionContext,
  figures: readonly StoredFigure[],
  complete: boolean,
): Issue[] {
  const issues: Issue[] = [];
  const period = roundPeriod(ctx);
  figures.forEach((f, i) => {
    const path = `figures[${i}]`;
    const indicator = ctx.indicators.find((x) => x.key === f.indicator);
    if (!indicator) {
      issues.push({
        path: `${path}.indicator`,
        message: `no indicator "${f.indicator}"; indicators: ${ctx.indicators.map((x) => x.key).join(', ') || '(none)'}`,
      });
      return;
    }
    if (indicator.targetKind === 'observation')
      issues.push({
        path: `${path}.indicator`,
        message: `"${f.indicator}" is not quantified: describe it in the qualitative results`,
      });
    if (figures.findIndex((g) => g.indicator === f.indicator) !== i)
      issues.push({ path: `${path}.indicator`, message: `a second figure for "${f.indicator}"` });
    try {
      quantity(parseDecimal(f.value, `${path}.value`), indicator.unit, `${path}.value`);
    } catch (error) {
      if (error instanceof NetZeroError) issues.push(...error.issues);
      else throw error;
      return;
    }
    if (f.basis === 'increment') {
      const others = indicator.results
        .filter(
          (r) =>
            r.basis === 'increment' &&
            !(r.periodStart === period.start && r.periodEnd === period.end),
        )
        .map((r) => ({
          period: { start: r.periodStart, end: r.periodEnd },
          basis: 'increment' as const,
        }));
      const other = overlappingIncrement(others, period);
      if (other)
        issues.push({
          path: `${path}.basis`,
          message: `an increment for ${formatPeriodIso(period)} overlaps the published increment for ${formatPeriodIso(other.period)}: report the running total instead`,
        });
    }
  });
  if (complete)
    for (const indicator of ctx.indicators)
      if (
        indicator.targetKind !== 'observation' &&
        !figures.some((f) => f.indicator === indicator.key)
      )
        issues.push({
          path: 'figures',
          message: `a figure for "${indicator.key}" (${indicator.label}, ${indicator.unit}) is required`,
        });
  return issues;
}

/**
 * The measure's status at the cut-off if these figures were published: the worst of its
 * quantified indicators, with the round's figures replacing any of the same period.
 */
export function computedStatus(
  ctx: SubmissionContext,
  figures: readonly StoredFigure[],
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
