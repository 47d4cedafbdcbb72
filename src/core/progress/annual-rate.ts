import { sum, type Decimal } from '../decimal.js';
import {
  compareDates,
  daysInclusive,
  endOfYear,
  startOfYear,
  yearOf,
  type Period,
} from '../dates.js';
import type { ResultFigure, Target } from '../targets.js';
import { inside, knownBy, latestLevel } from './series.js';
import { elapsedFraction, partOf } from './share.js';
import type { IndicatorProgress, IndicatorProgressInput, YearProgress } from './types.js';
import { ZERO } from '../decimal.js';

/**
 * Annual rate (1,200萬人次/年, 3,000包/年): every calendar year of the plan that has begun by the
 * as-of date is compared with the rate, pro-rated by the share of that year (inside the plan)
 * elapsed at the as-of date. A figure counts for a year only when its period lies inside that
 * year. The indicator lags when any year fell short; a past year without figures gives no_data
 * (unless another year lags); the current year may still be without figures. Achieved only
 * once the plan is over and every year met the rate.
 */
export function annualRateProgress(
  input: IndicatorProgressInput,
  target: Extract<Target, { kind: 'annual_rate' }>,
): IndicatorProgress {
  const known = knownBy(input.results, input.asOf);
  const years: YearProgress[] = [];
  const lastYear = Math.min(yearOf(input.plan.end), yearOf(input.asOf));
  for (let year = yearOf(input.plan.start); year <= lastYear; year++) {
    const calendarYear = { start: startOfYear(year), end: endOfYear(year) };
    const window = clip(calendarYear, input.plan);
    // The rate is per calendar year: a year the plan covers in part, or has covered in part by
    // the as-of date, owes the rate for the days elapsed inside the plan, out of the year's days.
    const { elapsedDays } = elapsedFraction(window, input.asOf);
    const expected = partOf(target.value, { elapsedDays, totalDays: daysInclusive(calendarYear) });
    const actual = amountIn(inside(known, window));
    years.push({ year, actual, expected, met: actual === null ? null : actual.gte(expected) });
  }
  const planTotal = wholePlanTarget(target.value, input.plan);
  const reported = years.filter((y) => y.actual !== null);
  const actual = reported.length ? sum(reported.map((y) => y.actual ?? ZERO)) : null;
  const expectedToDate = sum(years.map((y) => y.expected));
  const latestPeriodEnd = known.at(-1)?.period.end ?? null;
  const base = { actual, expectedToDate, target: planTotal, latestPeriodEnd, years };

  if (years.length === 0) return { ...base, status: 'no_data', reason: 'before_start' };
  if (reported.length === 0) return { ...base, status: 'no_data', reason: 'no_results' };
  if (years.some((y) => y.met === false))
    return { ...base, status: 'lagging', reason: 'year_below_rate' };
  const current = years[years.length - 1];
  const pastMissing = years.some((y) => y.actual === null && y !== current);
  if (pastMissing) return { ...base, status: 'no_data', reason: 'missing_year' };
  const planOver = compareDates(input.asOf, input.plan.end) >= 0;
  if (planOver && years.every((y) => y.met === true))
    return { ...base, status: 'achieved', reason: 'target_met' };
  return { ...base, status: 'on_track', reason: 'at_or_above_expected' };
}

/**
 * The rate over the whole plan, not just the years begun: 4 公頃/年 over 110–114 is 20 公頃.
 * A year the plan covers only in part counts for its share of days.
 */
function wholePlanTarget(rate: Decimal, plan: Period): Decimal {
  const parts: Decimal[] = [];
  for (let year = yearOf(plan.start); year <= yearOf(plan.end); year++) {
    const calendarYear = { start: startOfYear(year), end: endOfYear(year) };
    const covered = clip(calendarYear, plan);
    parts.push(
      partOf(rate, { elapsedDays: daysInclusive(covered), totalDays: daysInclusive(calendarYear) }),
    );
  }
  return sum(parts);
}

function clip(window: Period, plan: Period): Period {
  return {
    start: compareDates(window.start, plan.start) < 0 ? plan.start : window.start,
    end: compareDates(window.end, plan.end) > 0 ? plan.end : window.end,
  };
}

/** The year's amount: increments add up; a `total` is the running total within the year. */
function amountIn(figures: readonly ResultFigure[]): Decimal | null {
  return latestLevel(figures, ZERO)?.value ?? null;
}
