import { parseDecimal } from '../decimal.js';
import { formatPeriodIso } from '../dates.js';
import { NetZeroError, type Issue } from '../errors.js';
import { overlappingIncrement } from '../progress/overlaps.js';
import { enteredQuantity } from '../quantity.js';
import { roundPeriod, type EnteredFigure, type RoundFigureContext } from './round-figures.js';

/**
 * Problems with the figures as entered: unknown indicator, unreadable decimal, a value the
 * unit refuses, two figures for one indicator, an increment that overlaps a published one.
 * `complete` also asks for a figure for every quantified indicator (on submit).
 */
export function figureIssues(
  ctx: RoundFigureContext,
  figures: readonly EnteredFigure[],
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
      enteredQuantity(parseDecimal(f.value, `${path}.value`), indicator.unit, `${path}.value`);
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
