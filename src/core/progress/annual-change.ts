import type { Target } from '../targets.js';
import { judge } from './judge.js';
import { knownBy, latestLevel } from './series.js';
import { noResults, type IndicatorProgress, type IndicatorProgressInput } from './types.js';
import { yearsElapsed } from './years.js';

/**
 * Change per year (recycling rate +0.3 points a year from 59.05 % in 109): the latest level
 * against baseline + step × years since the baseline (fractional years by days). The whole
 * target is the level that the steps give at the plan end.
 */
export function annualChangeProgress(
  input: IndicatorProgressInput,
  target: Extract<Target, { kind: 'annual_change' }>,
): IndicatorProgress {
  const { baseline, step } = target;
  const expected = baseline.value.plus(step.times(yearsElapsed(baseline.date, input.asOf)));
  const final = baseline.value.plus(step.times(yearsElapsed(baseline.date, input.plan.end)));
  const level = latestLevel(knownBy(input.results, input.asOf), baseline.value);
  if (!level) return noResults(expected, final);
  return {
    ...judge(level.value, expected, final, step.gte(0)),
    actual: level.value,
    expectedToDate: expected,
    target: final,
    latestPeriodEnd: level.date,
  };
}
