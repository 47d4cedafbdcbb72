import { parseIsoPeriod, type Period } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import type { Issue } from '../core/errors.js';
import { overlapDays } from '../core/dates.js';
import { quantity } from '../core/quantity.js';
import type {
  CityDocument,
  IndicatorDocument,
  MeasureDocument,
  PlanDocument,
} from './city-document.js';

/**
 * The checks on amounts and dates that the database would otherwise be the first to refuse
 * (with a constraint name instead of a path), or that it would take silently but the progress
 * engine would misread. Called by validateCityDocument after the shape checks; each function
 * adds issues and never throws.
 */

const isNegative = (value: string) =>
  new Decimal(value).isNegative() && !new Decimal(value).isZero();

function tonnes(value: string | undefined, path: string, issues: Issue[]): void {
  if (value !== undefined && isNegative(value))
    issues.push({ path, message: `${value} t must not be negative` });
}

export function checkCityAmounts(doc: CityDocument, issues: Issue[]): void {
  doc.emissionFigures.forEach((f, i) => tonnes(f.valueT, `emissionFigures[${i}].valueT`, issues));
  const shares = new Set<string>();
  doc.emissionShares.forEach((s, i) => {
    const percent = new Decimal(s.percent);
    if (percent.isNegative() || percent.gt(100))
      issues.push({
        path: `emissionShares[${i}].percent`,
        message: `${s.percent} % is not between 0 and 100`,
      });
    const key = `${s.year}/${s.category}`;
    if (shares.has(key))
      issues.push({
        path: `emissionShares[${i}]`,
        message: `duplicate share for ${s.category} in ${s.year}`,
      });
    shares.add(key);
  });
  doc.emissionFactors.forEach((f, i) => {
    if (isNegative(f.value))
      issues.push({
        path: `emissionFactors[${i}].value`,
        message: `factor ${f.value} must not be negative`,
      });
    if (f.validFrom && f.validTo && f.validTo < f.validFrom)
      issues.push({
        path: `emissionFactors[${i}].validTo`,
        message: `${f.validTo} is before validFrom ${f.validFrom}`,
      });
  });
}

export function checkPlanAmounts(plan: PlanDocument, path: string, issues: Issue[]): void {
  tonnes(plan.goalReductionT, `${path}.goalReductionT`, issues);
  tonnes(plan.published?.totalReductionT, `${path}.published.totalReductionT`, issues);
  for (const [sector, value] of Object.entries(plan.published?.sectorReductionT ?? {}))
    tonnes(value, `${path}.published.sectorReductionT.${sector}`, issues);
}

/**
 * Targets the engine would misjudge: a cumulative or annual-rate target below zero (both add
 * increments upwards; a fall is a level target from a baseline), a baseline impossible in the
 * unit, a level due before its baseline, and a schedule without a baseline fed increments (there
 * would be nothing to add them to).
 */
export function checkTarget(indicator: IndicatorDocument, path: string, issues: Issue[]): void {
  const target = indicator.target;
  const at = `${path}.target`;
  if ((target.kind === 'cumulative' || target.kind === 'annual_rate') && isNegative(target.value))
    issues.push({
      path: `${at}.value`,
      message: `a ${target.kind} target adds increments and must not be negative; for a fall use a level target with a baseline`,
    });
  if ('baseline' in target && target.baseline) {
    try {
      quantity(target.baseline.value, indicator.unit, `${at}.baseline.value`);
    } catch (error) {
      issues.push({ path: `${at}.baseline.value`, message: (error as Error).message });
    }
  }
  if (target.kind === 'level' && target.dueDate && target.dueDate <= target.baseline.date)
    issues.push({
      path: `${at}.dueDate`,
      message: `${target.dueDate} is not after the baseline date ${target.baseline.date}`,
    });
  if (
    target.kind === 'schedule' &&
    !target.baseline &&
    indicator.results.some((r) => r.basis === 'increment')
  )
    issues.push({
      path: `${at}.baseline`,
      message:
        'a schedule fed increments needs a baseline to add them to (or report running totals)',
    });
}

/**
 * A reduction's rounding step must be positive and a computed quantity not negative; two
 * reductions of the same indicator (or of the measure as a whole) covering the same days would
 * add the same tonnes twice.
 */
export function checkReductions(measure: MeasureDocument, path: string, issues: Issue[]): void {
  const seen = new Map<string, { period: Period; index: number }[]>();
  measure.reductions.forEach((reduction, r) => {
    const at = `${path}.reductions[${r}]`;
    if (
      reduction.method === 'reported' &&
      reduction.resolutionT !== undefined &&
      !new Decimal(reduction.resolutionT).gt(0)
    )
      issues.push({
        path: `${at}.resolutionT`,
        message: 'the rounding step must be greater than 0',
      });
    if (reduction.method === 'computed' && isNegative(reduction.quantity))
      issues.push({
        path: `${at}.quantity`,
        message: `${reduction.quantity} must not be negative`,
      });
    let period: Period;
    try {
      period = parseIsoPeriod(reduction.period, `${at}.period`);
    } catch {
      return; // an unreadable period is reported where it is parsed
    }
    const key = reduction.indicator ?? '';
    const earlier = seen.get(key) ?? [];
    const other = earlier.find((e) => overlapDays(e.period, period) > 0);
    if (other)
      issues.push({
        path: `${at}.period`,
        message: `overlaps reductions[${other.index}] of the same ${reduction.indicator ? `indicator "${reduction.indicator}"` : 'measure'}: the shared days would be counted twice`,
      });
    seen.set(key, [...earlier, { period, index: r }]);
  });
}
