import type { Decimal } from '../decimal.js';
import { compareDates, dayNumber, type IsoDate } from '../dates.js';
import { interpolate } from './share.js';

/** A value the level should have at the end of `date`. */
export interface Knot {
  date: IsoDate;
  value: Decimal;
}

/**
 * The expected level at `asOf` on the piecewise-linear path through `knots` (sorted by date):
 * the first value before the first knot, the last after the last knot, and linear by days in
 * between. Level targets are two knots (baseline, due date); schedules one knot per year.
 */
export function valueOnPath(knots: readonly Knot[], asOf: IsoDate): Decimal {
  const first = knots[0];
  if (!first) throw new Error('a path needs at least one knot');
  if (compareDates(asOf, first.date) <= 0) return first.value;
  for (let i = 1; i < knots.length; i++) {
    const before = knots[i - 1];
    const after = knots[i];
    if (!before || !after) continue;
    if (compareDates(asOf, after.date) <= 0) {
      const span = dayNumber(after.date) - dayNumber(before.date);
      if (span <= 0) return after.value;
      const elapsedDays = dayNumber(asOf) - dayNumber(before.date);
      return interpolate(before.value, after.value, { elapsedDays, totalDays: span });
    }
  }
  return (knots[knots.length - 1] ?? first).value;
}
