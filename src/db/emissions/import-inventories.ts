import type { Kysely } from 'kysely';
import { NetZeroError, type Issue } from '../../core/errors.js';
import { parseInventoryCsv } from '../../contracts/inventory-csv.js';
import type { InventoryDocument } from '../../contracts/emissions-document.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { loadFactors } from './inventory-store.js';
import { writeInventories } from './write-emissions.js';
import { deleteCityRows, selectCityRows } from '../city-scope.js';
import { requireCity } from '../city/cities.js';

/**
 * Imports an inventory CSV into a city in one transaction: everything is checked first (rows,
 * units, factors, sources, years already present), then the years in the file are written —
 * replacing those years when `replace` is set, and one audit entry names who did it (`actor`).
 * On any error nothing is written.
 * @returns the inventories stored.
 */
export async function importInventoryCsv(
  db: Kysely<Tables>,
  cityId: string,
  csv: string,
  options: { replace?: boolean; actor: string },
): Promise<InventoryDocument[]> {
  return db.transaction().execute(async (trx) => {
    await requireCity(trx, cityId);
    const inventories = parseInventoryCsv(csv, await loadFactors(trx, cityId));
    const sources = new Set(
      (await selectCityRows(trx, 'sources', cityId).select('code').execute()).map((s) => s.code),
    );
    const issues: Issue[] = [];
    inventories.forEach((inv) =>
      inv.entries.forEach((e) => {
        if (e.source !== undefined && !sources.has(e.source))
          issues.push({
            path: `year ${inv.year}, column source`,
            message: `unknown source "${e.source}"`,
          });
      }),
    );
    if (issues.length > 0)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues,
      );
    const years = inventories.map((i) => i.year);
    if (years.length === 0) return [];
    const existing = await selectCityRows(trx, 'inventories', cityId)
      .select('year')
      .where('year', 'in', years)
      .execute();
    if (existing.length > 0 && !options.replace)
      throw new NetZeroError(
        'CONFLICT',
        `city "${cityId}" already has inventories for ${existing.map((e) => e.year).join(', ')}; import with --replace to replace those years`,
        [{ path: 'year', message: 'already exists' }],
      );
    await deleteCityRows(trx, 'inventories', cityId).where('year', 'in', years).execute();
    await writeInventories(trx, cityId, inventories);
    await appendAudit(trx, {
      city: cityId,
      actor: options.actor,
      action: 'inventory.import',
      entity: 'inventory',
      entityKey: years.join(','),
      before: { replacedYears: existing.map((e) => e.year).sort((a, b) => a - b) },
      after: inventories.map((i) => ({
        year: i.year,
        gwpSet: i.gwpSet,
        status: i.status,
        entries: i.entries.length,
      })),
    });
    return inventories;
  });
}
