import { ZERO } from '../decimal.js';
import { compareDates } from '../dates.js';
import type { Target } from '../targets.js';
import { judge } from './judge.js';
import { knownBy, latestLevel } from './series.js';
import { elapsedFraction, partOf } from './share.js';
import { noResults, type IndicatorProgress, type IndicatorProgressInput } from './types.js';

/**
 * Cumulative total over the plan (750 MWp by 2025): the figures since the plan start add up to
 * the actual; the expected value to date is the target × the elapsed share of the plan in days.
 */
export function cumulativeProgress(
  input: IndicatorProgressInput,
  target: Extract<Target, { kind: 'cumulative' }>,
): IndicatorProgress {
  const window = { start: input.plan.start, end: target.dueDate ?? input.plan.end };
  const expected = partOf(target.value, elapsedFraction(window, input.asOf));
  // Work done before the plan began does not count towards the plan's total.
  const figures = knownBy(input.results, input.asOf).filter(
    (r) => compareDates(r.period.start, window.start) >= 0,
  );
  const level = latestLevel(figures, ZERO);
  if (!level) return noResults(expected, target.value);
  return {
    ...judge(level.value, expected, target.value, true),
    actual: level.value,
    expectedToDate: expected,
    target: target.value,
    latestPeriodEnd: level.date,
  };
}
