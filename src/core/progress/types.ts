import type { Decimal } from '../decimal.js';
import type { IsoDate, Period } from '../dates.js';
import type { ResultFigure, Target } from '../targets.js';
import type { ProgressReason, ProgressStatus } from './status.js';

export interface IndicatorProgressInput {
  /** The plan period (e.g. 2021-01-01 … 2025-12-31). */
  plan: Period;
  target: Target;
  results: readonly ResultFigure[];
  asOf: IsoDate;
}

/** One calendar year of an annual-rate target. */
export interface YearProgress {
  year: number;
  /** null when no figure covers this year. */
  actual: Decimal | null;
  /** The yearly rate, pro-rated by the share of the year elapsed at the as-of date. */
  expected: Decimal;
  met: boolean | null;
}

export interface IndicatorProgress {
  status: ProgressStatus;
  reason: ProgressReason;
  /** The figure compared: total to date (cumulative, annual rate) or latest level. */
  actual: Decimal | null;
  /** What the target implies by the as-of date, comparable with `actual`. */
  expectedToDate: Decimal | null;
  /** The value the whole target asks for (plan end, or due date). */
  target: Decimal | null;
  /** End of the latest period whose figure was used. */
  latestPeriodEnd: IsoDate | null;
  /** Annual-rate targets only: the year-by-year comparison. */
  years?: YearProgress[];
}

export const observationProgress: IndicatorProgress = {
  status: 'observation',
  reason: 'not_quantified',
  actual: null,
  expectedToDate: null,
  target: null,
  latestPeriodEnd: null,
};

/** Progress when nothing was reported by the as-of date: the expectation still shows. */
export function noResults(expectedToDate: Decimal, target: Decimal): IndicatorProgress {
  return {
    status: 'no_data',
    reason: 'no_results',
    actual: null,
    expectedToDate,
    target,
    latestPeriodEnd: null,
  };
}
