import { Decimal, ZERO } from '../decimal.js';
import type { TrajectoryYear } from './pathway.js';

export interface GapYear {
  year: number;
  trajectoryT: Decimal;
  /** The net emissions measured for this year, or null. */
  actualT: Decimal | null;
  /** actual − trajectory: positive means above the path. */
  gapT: Decimal | null;
  /** gap ÷ trajectory × 100; null when there is no actual or the path is at zero. */
  gapPercent: Decimal | null;
  /** The latest measured year at or before this one: what "required" is counted from. */
  referenceYear: number | null;
  /** reference actual − trajectory, at least zero: the cut needed to be on the path. */
  requiredReductionT: Decimal | null;
  /** Reductions the plans record after the reference year up to this year. */
  plannedReductionT: Decimal;
  /** required − planned; negative means the plans more than cover it. */
  remainingGapT: Decimal | null;
  /** remaining ÷ reference actual × 100: the share of today's emissions no plan yet cuts. */
  remainingGapPercent: Decimal | null;
}

/**
 * Year by year: measured emissions against the path, and for every year the cut still
 * needed from the latest measurement against what the plans deliver.
 * @example analyseGap(trajectory, new Map([[2021, new Decimal('57370000')]]), new Map())
 */
export function analyseGap(
  trajectory: readonly TrajectoryYear[],
  actualByYear: ReadonlyMap<number, Decimal>,
  plannedByYear: ReadonlyMap<number, Decimal>,
): GapYear[] {
  const hundred = new Decimal(100);
  let reference: { year: number; valueT: Decimal } | null = null;
  return trajectory.map(({ year, valueT: trajectoryT }) => {
    const actualT = actualByYear.get(year) ?? null;
    if (actualT !== null) reference = { year, valueT: actualT };
    const gapT = actualT === null ? null : actualT.minus(trajectoryT);
    const ref = reference;
    let plannedReductionT = ZERO;
    if (ref !== null)
      for (const [y, t] of plannedByYear)
        if (y > ref.year && y <= year) plannedReductionT = plannedReductionT.plus(t);
    const requiredReductionT =
      ref === null ? null : Decimal.max(ZERO, ref.valueT.minus(trajectoryT));
    const remainingGapT =
      requiredReductionT === null ? null : requiredReductionT.minus(plannedReductionT);
    return {
      year,
      trajectoryT,
      actualT,
      gapT,
      gapPercent:
        gapT === null || trajectoryT.isZero() ? null : gapT.dividedBy(trajectoryT).times(hundred),
      referenceYear: ref?.year ?? null,
      requiredReductionT,
      plannedReductionT,
      remainingGapT,
      remainingGapPercent:
        remainingGapT === null || ref === null || ref.valueT.isZero()
          ? null
          : remainingGapT.dividedBy(ref.valueT).times(hundred),
    };
  });
}
