import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { NetZeroError } from '../../core/errors.js';
import {
  carbonBudgetStatus,
  type BudgetStatusReport,
  type YearActual,
} from '../../core/emissions/carbon-budget.js';
import { analyseGap, type GapYear } from '../../core/emissions/gap-analysis.js';
import { buildTrajectory, type TrajectoryYear } from '../../core/emissions/pathway.js';
import { toCoreBudget, toCoreTarget } from '../../contracts/emissions-to-core.js';
import type { Tables } from '../tables.js';
import { getInventorySummaries, type PublishedOnly } from './inventory-summaries.js';
import { loadMeasureReductions } from './load-measure-reductions.js';
import { readEmissions } from './read-emissions.js';
import { type EmissionOrigin } from '../../core/vocabulary/lists.js';
import { selectCityRows } from '../city-scope.js';

export interface ActualYear extends YearActual {
  year: number;
  /** inventory: computed from entries; figure: a headline figure a source gives. */
  origin: EmissionOrigin;
}

/**
 * Net emissions year by year: an inventory's computed net where one exists, otherwise the
 * headline net figure a source gives. Nothing is interpolated.
 */
export async function loadActuals(
  db: Kysely<Tables>,
  cityId: string,
  options: PublishedOnly = {},
): Promise<Map<number, ActualYear>> {
  const [figures, inventories] = await Promise.all([
    selectCityRows(db, 'emission_figures', cityId)
      .select(['year', 'value_t'])
      .where('basis', '=', 'net')
      .execute(),
    getInventorySummaries(db, cityId, options),
  ]);
  const actuals = new Map<number, ActualYear>();
  for (const f of figures)
    actuals.set(f.year, { year: f.year, netT: new Decimal(f.value_t), origin: 'figure' });
  for (const inv of inventories)
    if (inv.entries.length > 0)
      actuals.set(inv.year, {
        year: inv.year,
        netT: inv.netT,
        bySector: new Map(Object.entries(inv.bySector)),
        origin: 'inventory',
      });
  return actuals;
}

export interface EmissionsPathway {
  city: string;
  baseYear: number;
  trajectory: TrajectoryYear[];
  gap: GapYear[];
  actuals: ActualYear[];
}

/** The pathway from the base year through the targets, and the gap analysis for every year. */
export async function getEmissionsPathway(
  db: Kysely<Tables>,
  cityId: string,
  options: PublishedOnly = {},
): Promise<EmissionsPathway> {
  // Targets and points straight from their tables: readEmissions would read the inventories a
  // second time (loadActuals computes them).
  const [targetRows, pointRows, actuals, reductions] = await Promise.all([
    selectCityRows(db, 'emission_targets', cityId).selectAll().orderBy('year').execute(),
    selectCityRows(db, 'pathway_points', cityId).select(['year', 'value_t']).execute(),
    loadActuals(db, cityId, options),
    loadMeasureReductions(db, cityId),
  ]);
  const targets = targetRows.map((t) =>
    toCoreTarget(
      t.kind === 'reduction'
        ? {
            year: t.year,
            kind: 'reduction',
            baseYear: t.base_year ?? 0,
            reductionPercent: t.reduction_percent ?? '0',
          }
        : { year: t.year, kind: 'net_zero' },
    ),
  );
  const reduction = targets.find((t) => t.kind === 'reduction');
  if (!reduction)
    throw new NetZeroError(
      'NOT_FOUND',
      `city "${cityId}" has no reduction target, so no base year for a pathway`,
      [{ path: 'emissionTargets', message: 'no reduction target' }],
    );
  const base = actuals.get(reduction.baseYear);
  if (!base)
    throw new NetZeroError(
      'NOT_FOUND',
      `city "${cityId}" has no net emissions for the base year ${reduction.baseYear}`,
      [{ path: 'emissionFigures', message: `no net figure for ${reduction.baseYear}` }],
    );
  const trajectory = buildTrajectory(
    { year: reduction.baseYear, valueT: base.netT },
    targets,
    pointRows.map((p) => ({ year: p.year, valueT: new Decimal(p.value_t) })),
  );
  const actualNet = new Map([...actuals].map(([y, a]) => [y, a.netT]));
  return {
    city: cityId,
    baseYear: reduction.baseYear,
    trajectory,
    gap: analyseGap(trajectory, actualNet, reductions.byYear),
    actuals: [...actuals.values()].sort((a, b) => a.year - b.year),
  };
}

export interface CarbonBudgetView extends BudgetStatusReport {
  name: string | null;
  approval: string;
  history: { from: string; to: string; by: string; at: string; note?: string }[];
}

/**
 * Every carbon budget of the city against its actuals and the pathway's implied cap.
 * `publishedOnly`: budgets still in draft are left out, and so are draft inventories.
 */
export async function getCarbonBudgetStatus(
  db: Kysely<Tables>,
  cityId: string,
  options: PublishedOnly = {},
): Promise<CarbonBudgetView[]> {
  const sections = await readEmissions(db, cityId);
  const budgets = (sections.carbonBudgets ?? []).filter(
    (b) => !options.publishedOnly || b.status !== 'draft',
  );
  if (budgets.length === 0) return [];
  const actuals = await loadActuals(db, cityId, options);
  let trajectory: TrajectoryYear[] = [];
  try {
    trajectory = (await getEmissionsPathway(db, cityId, options)).trajectory;
  } catch (error) {
    // Without targets there is no pathway; the budgets still stand on their own.
    if (!(error instanceof NetZeroError && error.code === 'NOT_FOUND')) throw error;
  }
  return budgets.map((b) => ({
    ...carbonBudgetStatus(toCoreBudget(b), actuals, trajectory),
    name: b.name ?? null,
    approval: b.status,
    history: b.history,
  }));
}
