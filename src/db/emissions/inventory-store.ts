import type { Kysely } from 'kysely';
import { NetZeroError, staleVersion } from '../../core/errors.js';
import { getGwpSet } from '../../core/emissions/gases.js';
import { computeInventory, type InventoryTotals } from '../../core/emissions/inventory.js';
import {
  factorKey,
  toCoreInventory,
  type FactorRecord,
} from '../../contracts/emissions-to-core.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { readInventories } from './read-emissions.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

/** The city's factor library keyed by code@version. */
export async function loadFactors(
  db: Kysely<Tables>,
  cityId: string,
): Promise<Map<string, FactorRecord>> {
  const rows = await selectCityRows(db, 'emission_factors', cityId)
    .select(['code', 'version', 'value', 'unit', 'gas'])
    .execute();
  return new Map(rows.map((f) => [factorKey(f.code, f.version), f]));
}

/**
 * Totals of the city's inventories (all, or some years), computed now from the stored entries,
 * each factor at the version the entry cites, under the inventory's current GWP set.
 */
export async function getInventoryTotals(
  db: Kysely<Tables>,
  cityId: string,
  years?: readonly number[],
): Promise<InventoryTotals[]> {
  const [inventories, factors] = await Promise.all([
    readInventories(db, cityId, years),
    loadFactors(db, cityId),
  ]);
  return inventories.map((inv) =>
    computeInventory(
      toCoreInventory(inv, factors, `inventories[${inv.year}]`),
      `inventories[${inv.year}]`,
    ),
  );
}

/**
 * Switches an inventory to another GWP set; its totals follow on the next read. Checked first:
 * a set under which the inventory cannot be computed is refused and nothing changes. The change
 * is recorded in the audit trail under `actor`. With `expected` (the set the caller saw), a set
 * changed meanwhile by someone else is a CONFLICT.
 */
export async function setInventoryGwpSet(
  db: Kysely<Tables>,
  cityId: string,
  year: number,
  gwpSet: string,
  options: { actor: string; expected?: string },
): Promise<InventoryTotals> {
  const set = getGwpSet(gwpSet, 'gwpSet');
  return db.transaction().execute(async (trx) => {
    const [inventory] = await readInventories(trx, cityId, [year]);
    if (!inventory)
      throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no inventory for ${year}`, [
        { path: 'year', message: 'not found' },
      ]);
    if (options.expected !== undefined && options.expected !== inventory.gwpSet)
      throw staleVersion(
        `the ${year} inventory was switched to ${inventory.gwpSet} by someone else; reload and retry`,
        { year, gwpSet: inventory.gwpSet },
      );
    const totals = computeInventory(
      toCoreInventory({ ...inventory, gwpSet: set }, await loadFactors(trx, cityId), 'inventory'),
    );
    await updateCityRows(trx, 'inventories', cityId)
      .set({ gwp_set: set })
      .where('year', '=', year)
      .execute();
    await appendAudit(trx, {
      city: cityId,
      actor: options.actor,
      action: 'inventory.gwp_set',
      entity: 'inventory',
      entityKey: String(year),
      before: { gwpSet: inventory.gwpSet },
      after: { gwpSet: set },
    });
    return totals;
  });
}
