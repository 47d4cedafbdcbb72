import { sql, type Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { getGas, getGwpSet } from '../../core/emissions/gases.js';
import { computeInventory, type InventoryTotals } from '../../core/emissions/inventory.js';
import type { InventoryEntry, InventoryFactor } from '../../core/emissions/inventory-entry.js';
import type { Scope } from '../../core/emissions/sectors.js';
import { quantity } from '../../core/quantity.js';
import type { Tables } from '../tables.js';
import { onSameCity, selectCityRows } from '../city-scope.js';

export interface PublishedOnly {
  /** Leave draft inventories and draft carbon budgets out: what anonymous readers see. */
  publishedOnly?: boolean;
}

/** What tells an inventory's entries apart but their values: the entries are summed per these. */
const summedPer = [
  'e.year',
  'e.subsector',
  'e.scope',
  'e.method',
  'e.gas',
  'e.species',
  'e.mass_unit',
  'e.activity_unit',
  'e.factor_code',
  'e.factor_version',
] as const;

/**
 * Inventory totals (gross, sinks, net, by sector and scope) for every inventory of a city, with
 * the entries summed in SQL first: reported tonnes, gas masses and activities are added per
 * year, subsector, scope, gas, species, unit and factor version, then weighed in core as usual. Exact,
 * because every step is linear (Σ activity × factor = Σ (activity × factor)) and numeric sums are
 * exact. For the headline numbers (pathway, budgets); `getInventoryTotals` keeps entry detail.
 * `publishedOnly` leaves draft inventories out (what anonymous readers see).
 */
export async function getInventorySummaries(
  db: Kysely<Tables>,
  cityId: string,
  options: PublishedOnly = {},
): Promise<InventoryTotals[]> {
  let inventoriesQuery = selectCityRows(db, 'inventories', cityId).select(['year', 'gwp_set']);
  if (options.publishedOnly) inventoriesQuery = inventoriesQuery.where('status', '=', 'published');
  const [inventories, groups] = await Promise.all([
    inventoriesQuery.orderBy('year').execute(),
    db
      .selectFrom('inventory_entries as e')
      .leftJoin('emission_factors as f', (j) =>
        onSameCity(j, ['f.code', 'e.factor_code'], ['f.version', 'e.factor_version']),
      )
      .select([
        ...summedPer,
        'f.value as factor_value',
        'f.unit as factor_unit',
        'f.gas as factor_gas',
        sql<string | null>`sum(e.value_t)`.as('value_t'),
        sql<string | null>`sum(e.mass)`.as('mass'),
        sql<string | null>`sum(e.activity)`.as('activity'),
      ])
      .where('e.city_id', '=', cityId)
      .where('e.method', '<>', 'notation')
      .groupBy([...summedPer, 'f.value', 'f.unit', 'f.gas'])
      .execute(),
  ]);
  const factors = new Map<string, InventoryFactor>();
  const byYear = new Map<number, InventoryEntry[]>();
  groups.forEach((g, i) => {
    const path = `inventories[${g.year}].groups[${i}]`;
    const base = {
      subsector: g.subsector,
      scope: g.scope as Scope,
      species: g.species ?? undefined,
    };
    let entry: InventoryEntry;
    if (g.method === 'reported')
      entry = {
        ...base,
        method: 'reported',
        valueT: new Decimal(g.value_t ?? '0'),
        // The gas travels with a reported species, which core checks against it.
        gas: g.gas === null ? undefined : getGas(g.gas, path),
      };
    else if (g.method === 'gas_mass')
      entry = {
        ...base,
        method: 'gas_mass',
        gas: getGas(g.gas ?? '', path),
        mass: quantity(g.mass ?? '0', g.mass_unit ?? '', path),
      };
    else {
      const key = `${g.factor_code ?? ''}@${g.factor_version ?? ''}`;
      const factor = factors.get(key) ?? {
        code: g.factor_code ?? '',
        version: g.factor_version ?? '',
        value: new Decimal(g.factor_value ?? '0'),
        unit: g.factor_unit ?? '',
        gas: g.factor_gas === null ? null : getGas(g.factor_gas, path),
      };
      factors.set(key, factor);
      entry = {
        ...base,
        method: 'computed',
        activity: quantity(g.activity ?? '0', g.activity_unit ?? '', path),
        factor,
      };
    }
    const list = byYear.get(g.year) ?? [];
    list.push(entry);
    byYear.set(g.year, list);
  });
  return inventories.map((inv) =>
    computeInventory(
      {
        year: inv.year,
        gwpSet: getGwpSet(inv.gwp_set, `inventories[${inv.year}].gwpSet`),
        entries: byYear.get(inv.year) ?? [],
      },
      `inventories[${inv.year}]`,
    ),
  );
}
