import type { Kysely } from 'kysely';
import { NetZeroError } from '../../core/errors.js';
import {
  getCarbonBudgetStatus,
  getEmissionsPathway,
  loadActuals,
  type ActualYear,
  type CarbonBudgetView,
  type EmissionsPathway,
} from '../../db/emissions/emissions-status.js';
import { sourcesByCode } from '../../db/city/cited-sources.js';
import {
  carbonBudgetSources,
  listEmissionFigures,
  listEmissionShares,
  listEmissionTargets,
  listInventoryYears,
  type EmissionTargetRecord,
} from '../../db/emissions/emission-records.js';
import type { Tables } from '../../db/tables.js';
import type { SourceFacts } from './citation.js';

/** Everything chapter 1 reads, as the emissions module gives it, plus where each figure comes from. */
export interface EmissionsFacts {
  actuals: ActualYear[];
  /** null when the city stores no reduction target or no figure for its base year. */
  pathway: EmissionsPathway | null;
  targets: EmissionTargetRecord[];
  budgets: (CarbonBudgetView & { source: string | null })[];
  shares: { year: number; category: string; percent: string; source: string | null }[];
  /** Source code of each year's net figure and each inventory. */
  figureSources: Map<number, string | null>;
  inventorySources: Map<number, string | null>;
  sources: Map<string, SourceFacts>;
}

/**
 * Reads chapter 1's facts through the emissions module (src/db/emissions): actuals (inventory
 * where one has entries, else the headline net figure), the pathway and gap, the carbon budgets
 * with their status. Published data only: a draft inventory or budget never reaches a report.
 */
export async function loadEmissionsFacts(
  db: Kysely<Tables>,
  cityId: string,
): Promise<EmissionsFacts> {
  const options = { publishedOnly: true };
  const [actuals, pathway, budgets, targets, budgetSource, shares, figures, inventories, sources] =
    await Promise.all([
      loadActuals(db, cityId, options),
      getEmissionsPathway(db, cityId, options).catch((error: unknown) => {
        // No reduction target or no base-year figure: the chapter states the figures alone.
        if (error instanceof NetZeroError && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
      getCarbonBudgetStatus(db, cityId, options),
      listEmissionTargets(db, cityId),
      carbonBudgetSources(db, cityId),
      listEmissionShares(db, cityId),
      listEmissionFigures(db, cityId),
      listInventoryYears(db, cityId),
      sourcesByCode(db, cityId),
    ]);
  return {
    actuals: [...actuals.values()].sort((a, b) => a.year - b.year),
    pathway,
    targets,
    budgets: budgets.map((b) => ({ ...b, source: budgetSource.get(b.code) ?? null })),
    shares,
    figureSources: new Map(figures.filter((f) => f.basis === 'net').map((f) => [f.year, f.source])),
    inventorySources: new Map(inventories.map((i) => [i.year, i.source])),
    sources,
  };
}
