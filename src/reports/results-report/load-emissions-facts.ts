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
import type { Tables } from '../../db/tables.js';
import type { SourceFacts } from './citation.js';
import { type EmissionTargetKind } from '../../core/vocabulary/lists.js';

/** Everything chapter 1 reads, as the emissions module gives it, plus where each figure comes from. */
export interface EmissionsFacts {
  actuals: ActualYear[];
  /** null when the city stores no reduction target or no figure for its base year. */
  pathway: EmissionsPathway | null;
  targets: {
    year: number;
    kind: EmissionTargetKind;
    baseYear: number | null;
    reductionPercent: string | null;
    source: string | null;
  }[];
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
  const [actuals, pathway, budgets, targets, budgetRows, shares, figures, inventories, sources] =
    await Promise.all([
      loadActuals(db, cityId, options),
      getEmissionsPathway(db, cityId, options).catch((error: unknown) => {
        // No reduction target or no base-year figure: the chapter states the figures alone.
        if (error instanceof NetZeroError && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
      getCarbonBudgetStatus(db, cityId, options),
      db
        .selectFrom('emission_targets')
        .select(['year', 'kind', 'base_year', 'reduction_percent', 'source_code'])
        .where('city_id', '=', cityId)
        .orderBy('year')
        .execute(),
      db
        .selectFrom('carbon_budgets')
        .select(['code', 'source_code'])
        .where('city_id', '=', cityId)
        .execute(),
      db
        .selectFrom('emission_shares')
        .select(['year', 'category', 'percent', 'source_code'])
        .where('city_id', '=', cityId)
        .orderBy('year')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('emission_figures')
        .select(['year', 'source_code'])
        .where('city_id', '=', cityId)
        .where('basis', '=', 'net')
        .execute(),
      db
        .selectFrom('inventories')
        .select(['year', 'source_code'])
        .where('city_id', '=', cityId)
        .execute(),
      db
        .selectFrom('sources')
        .select([
          'code',
          'title',
          'publisher',
          'published',
          'date_unknown',
          'url',
          'document_number',
          'url_unknown',
        ])
        .where('city_id', '=', cityId)
        .execute(),
    ]);
  const budgetSource = new Map(budgetRows.map((b) => [b.code, b.source_code]));
  return {
    actuals: [...actuals.values()].sort((a, b) => a.year - b.year),
    pathway,
    targets: targets.map((t) => ({
      year: t.year,
      kind: t.kind,
      baseYear: t.base_year,
      reductionPercent: t.reduction_percent,
      source: t.source_code,
    })),
    budgets: budgets.map((b) => ({ ...b, source: budgetSource.get(b.code) ?? null })),
    shares: shares.map((s) => ({
      year: s.year,
      category: s.category,
      percent: s.percent,
      source: s.source_code,
    })),
    figureSources: new Map(figures.map((f) => [f.year, f.source_code])),
    inventorySources: new Map(inventories.map((i) => [i.year, i.source_code])),
    sources: new Map(
      sources.map((s) => [
        s.code,
        {
          title: s.title,
          publisher: s.publisher,
          date: s.published,
          dateUnknown: s.date_unknown,
          url: s.url,
          documentNumber: s.document_number,
          urlUnknown: s.url_unknown,
        },
      ]),
    ),
  };
}
