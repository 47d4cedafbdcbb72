import { ZERO, sum, type Decimal } from '../decimal.js';
import { NetZeroError, type Issue } from '../errors.js';
import type { TrajectoryYear } from './pathway.js';
import { type CapBasis } from '../vocabulary/lists.js';

export const BUDGET_STATUSES = ['draft', 'committee_reviewed', 'council_approved'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

/**
 * A carbon budget (碳預算): the cap on emissions over a period — two years under Kaohsiung's
 * ordinance, but the council asked whether two is right, so the period is data, not code.
 */
export interface CarbonBudget {
  code: string;
  startYear: number;
  endYear: number;
  capT: Decimal;
  /**
   * period_total: the cap is the period's whole allowance. annual: the cap is a level each year
   * of the period may emit (Kaohsiung's 5,093.73 萬公噸 is −23 % of one year, 2005).
   */
  capBasis: CapBasis;
  /** Per-sector shares of the cap; empty when none has been set (Kaohsiung has published none). */
  allocations: readonly { sector: string; capT: Decimal }[];
}

/**
 * Every problem of a set of budgets: a period ending before it starts, a negative cap,
 * allocations that do not add up to the cap exactly, a sector allocated twice, periods that
 * overlap (a year under two caps would be counted twice).
 */
export function carbonBudgetIssues(budgets: readonly CarbonBudget[], path: string): Issue[] {
  const issues: Issue[] = [];
  budgets.forEach((b, i) => {
    const at = `${path}[${i}]`;
    if (b.endYear < b.startYear)
      issues.push({
        path: `${at}.endYear`,
        message: `ends (${b.endYear}) before it starts (${b.startYear})`,
      });
    if (b.capT.isNegative()) issues.push({ path: `${at}.capT`, message: 'must not be negative' });
    const sectors = new Set<string>();
    b.allocations.forEach((a, j) => {
      if (sectors.has(a.sector))
        issues.push({
          path: `${at}.allocations[${j}].sector`,
          message: `"${a.sector}" is allocated twice`,
        });
      sectors.add(a.sector);
      if (a.capT.isNegative())
        issues.push({ path: `${at}.allocations[${j}].capT`, message: 'must not be negative' });
    });
    if (b.allocations.length > 0) {
      const total = sum(b.allocations.map((a) => a.capT));
      if (!total.equals(b.capT))
        issues.push({
          path: `${at}.allocations`,
          message: `sector allocations add up to ${total.toFixed()} t, not the cap ${b.capT.toFixed()} t`,
        });
    }
    budgets.slice(0, i).forEach((other, k) => {
      if (other.startYear <= b.endYear && b.startYear <= other.endYear)
        issues.push({
          path: `${at}.startYear`,
          message: `${b.startYear}–${b.endYear} overlaps budget "${other.code}" (${other.startYear}–${other.endYear}, ${path}[${k}])`,
        });
    });
  });
  return issues;
}

/** Throws VALIDATION_FAILED listing every problem of `carbonBudgetIssues`. */
export function checkCarbonBudgets(budgets: readonly CarbonBudget[], path: string): void {
  const issues = carbonBudgetIssues(budgets, path);
  if (issues.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `carbon budgets refused: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
}

export interface YearActual {
  netT: Decimal;
  /** Per sector, when an inventory with entries exists for the year. */
  bySector?: ReadonlyMap<string, Decimal> | undefined;
}

export interface BudgetStatusReport {
  code: string;
  startYear: number;
  endYear: number;
  capT: Decimal;
  capBasis: CapBasis;
  /** The allowance for the whole period: the cap, or the annual cap × the years. */
  periodCapT: Decimal;
  /** Year by year: the pathway and the measured net emissions. */
  years: { year: number; pathwayT: Decimal | null; actualT: Decimal | null }[];
  /** Sum of the pathway over the period: the cap the targets imply; null if the path does not cover it. */
  pathwayCapT: Decimal | null;
  /** Net emissions of the measured years of the period. */
  actualT: Decimal;
  yearsMeasured: number[];
  /** Every year of the period measured: only then is `remainingT` final. */
  complete: boolean;
  remainingT: Decimal;
  /** Per allocated sector, for the whole period (an annual allocation × the years). */
  sectors: { sector: string; capT: Decimal; actualT: Decimal | null; remainingT: Decimal | null }[];
}

/**
 * A budget against what was emitted: cap, the pathway's implied cap beside it, measured
 * emissions, the budget left; per sector where the budget allocates and inventories break down.
 */
export function carbonBudgetStatus(
  budget: CarbonBudget,
  actuals: ReadonlyMap<number, YearActual>,
  trajectory: readonly TrajectoryYear[],
): BudgetStatusReport {
  const years: number[] = [];
  for (let y = budget.startYear; y <= budget.endYear; y++) years.push(y);
  const measured = years.filter((y) => actuals.has(y));
  const actualT = sum(measured.map((y) => actuals.get(y)?.netT ?? ZERO));
  const byYear = new Map(trajectory.map((t) => [t.year, t.valueT]));
  const pathwayCapT = years.every((y) => byYear.has(y))
    ? sum(years.map((y) => byYear.get(y) ?? ZERO))
    : null;
  const scale = budget.capBasis === 'annual' ? years.length : 1;
  const periodCapT = budget.capT.times(scale);
  const sectors = budget.allocations.map((a) => {
    const capT = a.capT.times(scale);
    const known = measured
      .map((y) => actuals.get(y)?.bySector?.get(a.sector))
      .filter((v): v is Decimal => v !== undefined);
    const sectorActual =
      measured.length > 0 && known.length === measured.length ? sum(known) : null;
    return {
      sector: a.sector,
      capT,
      actualT: sectorActual,
      remainingT: sectorActual === null ? null : capT.minus(sectorActual),
    };
  });
  return {
    code: budget.code,
    startYear: budget.startYear,
    endYear: budget.endYear,
    capT: budget.capT,
    capBasis: budget.capBasis,
    periodCapT,
    years: years.map((y) => ({
      year: y,
      pathwayT: byYear.get(y) ?? null,
      actualT: actuals.get(y)?.netT ?? null,
    })),
    pathwayCapT,
    actualT,
    yearsMeasured: measured,
    complete: measured.length === years.length,
    remainingT: periodCapT.minus(actualT),
    sectors,
  };
}

/**
 * Checks an approval step: draft → committee_reviewed → council_approved, one step at a time;
 * a reviewed budget may go back to draft (the committee sends it back). Anything else is a CONFLICT.
 */
export function checkBudgetTransition(from: BudgetStatus, to: BudgetStatus, path: string): void {
  const allowed: Record<BudgetStatus, readonly BudgetStatus[]> = {
    draft: ['committee_reviewed'],
    committee_reviewed: ['council_approved', 'draft'],
    council_approved: [],
  };
  if (allowed[from].includes(to)) return;
  const message = `a ${from} budget cannot become ${to}; allowed: ${allowed[from].join(', ') || 'none (approved budgets are final)'}`;
  throw new NetZeroError('CONFLICT', `${path}: ${message}`, [{ path, message }]);
}
