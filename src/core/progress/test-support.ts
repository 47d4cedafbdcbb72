import { Decimal } from '../decimal.js';
import type { Target, ResultBasis, ResultFigure } from '../targets.js';
import { computeIndicatorProgress } from './compute-indicator-progress.js';

export const plan = { start: '2021-01-01', end: '2025-12-31' };
export const d = (value: string | number) => new Decimal(value);

/** A figure for a whole ROC/Gregorian year (2021 = 110年) or an explicit period. */
export function figure(
  period: number | [string, string],
  value: string | number,
  basis: ResultBasis = 'increment',
): ResultFigure {
  const [start, end] = typeof period === 'number' ? [`${period}-01-01`, `${period}-12-31`] : period;
  return { period: { start, end }, value: d(value), basis };
}

/** 112年1–9月 */
export const jan2023ToSep = ['2023-01-01', '2023-09-30'] as [string, string];

/**
 * The progress of one target over the default plan (or `over`): the tests state the figures and
 * the date, not the same object each time.
 */
export function progressOf(target: Target, over: { start: string; end: string } = plan) {
  return (results: readonly ResultFigure[], asOf: string) =>
    computeIndicatorProgress({ plan: over, target, results: [...results], asOf });
}
