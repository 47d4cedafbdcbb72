import { overlapDays, type Period } from '../dates.js';
import type { ResultFigure } from '../targets.js';

/**
 * The first increment among `figures` whose period shares a day with `period`, if any.
 *
 * Why: increments add up, so two that cover the same days (112年1–9月 and 112年9月) would count
 * September twice. Running totals may overlap freely: each is a level, and the latest wins.
 * @example overlappingIncrement([{ period: { start: '2023-01-01', end: '2023-09-30' }, basis: 'increment', value }],
 *   { start: '2023-09-01', end: '2023-09-30' }) // the 112年1–9月 figure
 */
export function overlappingIncrement(
  figures: readonly Pick<ResultFigure, 'period' | 'basis'>[],
  period: Period,
): Pick<ResultFigure, 'period' | 'basis'> | undefined {
  return figures.find((f) => f.basis === 'increment' && overlapDays(f.period, period) > 0);
}
