import type { Kysely, Selectable } from 'kysely';
import type { EmissionTargetsTable, InventoriesTable } from '../emissions-tables.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

/**
 * The city's emissions records as stored, each with the code of the source it cites: what the
 * API's emissions views and the report's chapter 1 both show beside the computed figures.
 */

export interface EmissionTargetRecord {
  year: number;
  kind: EmissionTargetsTable['kind'];
  baseYear: number | null;
  reductionPercent: string | null;
  source: string | null;
}

/** The city's reduction and net-zero targets by year. */
export async function listEmissionTargets(
  db: Kysely<Tables>,
  city: string,
): Promise<EmissionTargetRecord[]> {
  const rows = await selectCityRows(db, 'emission_targets', city)
    .select(['year', 'kind', 'base_year', 'reduction_percent', 'source_code'])
    .orderBy('year')
    .execute();
  return rows.map((t) => ({
    year: t.year,
    kind: t.kind,
    baseYear: t.base_year,
    reductionPercent: t.reduction_percent,
    source: t.source_code,
  }));
}

/** The printed shares (percent of the total by category), by year in the city's order. */
export async function listEmissionShares(
  db: Kysely<Tables>,
  city: string,
): Promise<{ year: number; category: string; percent: string; source: string | null }[]> {
  const rows = await selectCityRows(db, 'emission_shares', city)
    .select(['year', 'category', 'percent', 'source_code'])
    .orderBy('year')
    .orderBy('position')
    .execute();
  return rows.map((s) => ({
    year: s.year,
    category: s.category,
    percent: s.percent,
    source: s.source_code,
  }));
}

/** The headline figures (gross, net, sinks …) by year in the city's order. */
export async function listEmissionFigures(
  db: Kysely<Tables>,
  city: string,
): Promise<{ year: number; basis: string; valueT: string; source: string | null }[]> {
  const rows = await selectCityRows(db, 'emission_figures', city)
    .select(['year', 'basis', 'value_t', 'source_code'])
    .orderBy('year')
    .orderBy('position')
    .execute();
  return rows.map((f) => ({
    year: f.year,
    basis: f.basis,
    valueT: f.value_t,
    source: f.source_code,
  }));
}

/** Each inventory's year, status and source, without its entries. */
export async function listInventoryYears(
  db: Kysely<Tables>,
  city: string,
): Promise<
  { year: number; status: Selectable<InventoriesTable>['status']; source: string | null }[]
> {
  const rows = await selectCityRows(db, 'inventories', city)
    .select(['year', 'status', 'source_code'])
    .execute();
  return rows.map((i) => ({ year: i.year, status: i.status, source: i.source_code }));
}

/** The source each carbon budget cites, by budget code. */
export async function carbonBudgetSources(
  db: Kysely<Tables>,
  city: string,
): Promise<Map<string, string | null>> {
  const rows = await selectCityRows(db, 'carbon_budgets', city)
    .select(['code', 'source_code'])
    .execute();
  return new Map(rows.map((r) => [r.code, r.source_code]));
}
