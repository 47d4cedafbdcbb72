import { Decimal, ZERO } from '../decimal.js';
import { invalid } from '../errors.js';
import { type TrajectoryOrigin } from '../vocabulary/lists.js';

/** A city target: a reduction against a base year (2030 −30 % vs 2005), or net zero (2050). */
export type EmissionTarget =
  | { year: number; kind: 'reduction'; baseYear: number; reductionPercent: Decimal }
  | { year: number; kind: 'net_zero' };

export interface PathwayPoint {
  year: number;
  valueT: Decimal;
}

export interface TrajectoryYear {
  year: number;
  valueT: Decimal;
  /** target: a target's level; point: an edited point; baseline; linear: between those. */
  origin: TrajectoryOrigin;
}

/**
 * The emissions path from the base year to the last target, one value a year: the baseline,
 * each target's level, and edited points are knots, joined by straight lines. An edited point
 * replaces the line (or a target's level) in its year, so a city can bend the path.
 * @example buildTrajectory({ year: 2005, valueT: 100 }, [{ year: 2030, kind: 'reduction', baseYear: 2005,
 *   reductionPercent: 30 }], [])[25].valueT // 70
 */
export function buildTrajectory(
  baseline: PathwayPoint,
  targets: readonly EmissionTarget[],
  points: readonly PathwayPoint[],
  path = 'targets',
): TrajectoryYear[] {
  const knots = new Map<number, { valueT: Decimal; origin: TrajectoryYear['origin'] }>();
  knots.set(baseline.year, { valueT: baseline.valueT, origin: 'baseline' });
  targets.forEach((target, i) => {
    if (target.year <= baseline.year)
      throw invalid(
        `${path}[${i}].year`,
        `${target.year} is not after the base year ${baseline.year}`,
      );
    knots.set(target.year, {
      valueT: targetLevel(target, baseline, `${path}[${i}]`),
      origin: 'target',
    });
  });
  for (const point of points) knots.set(point.year, { valueT: point.valueT, origin: 'point' });
  const years = [...knots.keys()].sort((a, b) => a - b);
  const result: TrajectoryYear[] = [];
  for (let k = 0; k < years.length; k++) {
    const y0 = years[k] ?? 0;
    const knot = knots.get(y0);
    if (!knot) continue;
    result.push({ year: y0, ...knot });
    const y1 = years[k + 1];
    const next = y1 === undefined ? undefined : knots.get(y1);
    if (y1 === undefined || !next) break;
    const step = next.valueT.minus(knot.valueT).dividedBy(y1 - y0);
    for (let y = y0 + 1; y < y1; y++)
      result.push({ year: y, valueT: knot.valueT.plus(step.times(y - y0)), origin: 'linear' });
  }
  return result;
}

function targetLevel(target: EmissionTarget, baseline: PathwayPoint, path: string): Decimal {
  if (target.kind === 'net_zero') return ZERO;
  if (target.baseYear !== baseline.year)
    throw invalid(
      `${path}.baseYear`,
      `the target is against ${target.baseYear} but the baseline is ${baseline.year}`,
    );
  const share = new Decimal(100).minus(target.reductionPercent).dividedBy(100);
  return baseline.valueT.times(share);
}
