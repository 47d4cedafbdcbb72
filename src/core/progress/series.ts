import { compareDates, type IsoDate, type Period } from '../dates.js';
import type { Decimal } from '../decimal.js';
import type { ResultFigure } from '../targets.js';

/** Figures whose period had ended by the as-of date, oldest first. */
export function knownBy(results: readonly ResultFigure[], asOf: IsoDate): ResultFigure[] {
  return results
    .filter((r) => compareDates(r.period.end, asOf) <= 0)
    .sort(
      (a, b) =>
        compareDates(a.period.end, b.period.end) || compareDates(a.period.start, b.period.start),
    );
}

export interface Level {
  value: Decimal;
  date: IsoDate;
}

/**
 * The level after the figures, starting from `origin`: a `total` sets the level, an
 * `increment` adds to it. Returns null when there is no figure.
 *
 * Why one walk for both bases: agencies report some indicators as yearly amounts and others as
 * running totals (累計), sometimes switching mid-plan; the walk gives the same level either way.
 */
export function latestLevel(figures: readonly ResultFigure[], origin: Decimal): Level | null {
  let level: Level | null = null;
  for (const figure of figures) {
    const value: Decimal =
      figure.basis === 'total' ? figure.value : (level?.value ?? origin).plus(figure.value);
    level = { value, date: figure.period.end };
  }
  return level;
}

/** Figures whose whole period lies inside `window`. */
export function inside(figures: readonly ResultFigure[], window: Period): ResultFigure[] {
  return figures.filter(
    (f) =>
      compareDates(f.period.start, window.start) >= 0 &&
      compareDates(f.period.end, window.end) <= 0,
  );
}
