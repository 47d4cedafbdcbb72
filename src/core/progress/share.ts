import { Decimal } from '../decimal.js';
import { elapsedShare, type IsoDate, type Period } from '../dates.js';

/**
 * A share of a period counted in days, kept as two whole numbers rather than a rounded
 * quotient: `partOf` multiplies before it divides, so a figure exactly on the expected path
 * compares equal to it instead of missing by a rounding in the 60th digit.
 */
export interface DayShare {
  elapsedDays: number;
  totalDays: number;
}

/**
 * The elapsed share of `period` at `asOf`, in [0, 1].
 * @example elapsedFraction({ start: '2021-01-01', end: '2025-12-31' }, '2023-09-30') // 1003 of 1826
 */
export function elapsedFraction(period: Period, asOf: IsoDate): DayShare {
  const { elapsedDays, totalDays } = elapsedShare(period, asOf);
  if (totalDays <= 0) return { elapsedDays: 1, totalDays: 1 };
  return { elapsedDays, totalDays };
}

/** `value` × elapsed ÷ total. */
export function partOf(value: Decimal, share: DayShare): Decimal {
  return value.times(share.elapsedDays).dividedBy(share.totalDays);
}

/** Linear interpolation from `from` to `to` by `share`. */
export function interpolate(from: Decimal, to: Decimal, share: DayShare): Decimal {
  return from.plus(partOf(to.minus(from), share));
}
