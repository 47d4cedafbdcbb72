import { compareDates, endOfYear } from '../dates.js';
import type { Target } from '../targets.js';
import { judge } from './judge.js';
import { valueOnPath, type Knot } from './knots.js';
import { knownBy, latestLevel } from './series.js';
import { noResults, type IndicatorProgress, type IndicatorProgressInput } from './types.js';

type LevelTarget = Extract<Target, { kind: 'level' }>;
type ScheduleTarget = Extract<Target, { kind: 'schedule' }>;

/**
 * Level from a baseline (organic farming 900 → 1,200 ha): the latest level against the straight
 * line from the baseline to the target at its due date.
 */
export function levelProgress(
  input: IndicatorProgressInput,
  target: LevelTarget,
): IndicatorProgress {
  const knots: Knot[] = [
    { date: target.baseline.date, value: target.baseline.value },
    { date: target.dueDate ?? input.plan.end, value: target.value },
  ];
  return progressAlongPath(input, knots, target.baseline.value);
}

/**
 * Per-year schedule (detention-pond green area 128 / 144.68 / 183 / 200 / 200 ha): the latest
 * level against the schedule, interpolated by days between one year-end value and the next.
 */
export function scheduleProgress(
  input: IndicatorProgressInput,
  target: ScheduleTarget,
): IndicatorProgress {
  const points = [...target.points].sort((a, b) => a.year - b.year);
  const knots: Knot[] = points.map((p) => ({ date: endOfYear(p.year), value: p.value }));
  if (target.baseline) knots.unshift({ date: target.baseline.date, value: target.baseline.value });
  knots.sort((a, b) => compareDates(a.date, b.date));
  const origin = target.baseline?.value ?? knots[0]?.value;
  if (!origin) throw new Error('a schedule needs at least one point');
  return progressAlongPath(input, knots, origin);
}

function progressAlongPath(
  input: IndicatorProgressInput,
  knots: Knot[],
  origin: Knot['value'],
): IndicatorProgress {
  const first = knots[0];
  const final = knots[knots.length - 1];
  if (!first || !final) throw new Error('a path needs at least one knot');
  const expected = valueOnPath(knots, input.asOf);
  const level = latestLevel(knownBy(input.results, input.asOf), origin);
  if (!level) return noResults(expected, final.value);
  return {
    ...judge(level.value, expected, final.value, final.value.gte(first.value)),
    actual: level.value,
    expectedToDate: expected,
    target: final.value,
    latestPeriodEnd: level.date,
  };
}
