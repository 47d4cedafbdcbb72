import { readFile, writeFile } from 'node:fs/promises';
import { toFixed } from '../../core/decimal.js';
import { formatGpcCsv } from '../../contracts/gpc-csv.js';
import { formatInventoryCsv } from '../../contracts/inventory-csv.js';
import { resolveCity } from '../../db/emissions/resolve-city.js';
import { importInventoryCsv } from '../../db/emissions/import-inventories.js';
import { getInventoryTotals } from '../../db/emissions/inventory-store.js';
import { readInventories } from '../../db/emissions/read-emissions.js';
import { operand, usage } from '../args.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';
import { withProgress } from '../progress.js';
import { cliActor } from './cli-actor.js';

/** netzero inventory import (docs/inventory-csv.md). */
export async function inventoryImport(
  { values, positionals }: Flags<{ city: 'string'; replace: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const file = operand(positionals);
  const csv = await readFile(file, 'utf8');
  const stored = await withProgress(io, 'inventory import', (progress) => {
    progress.step(`checking ${file} row by row`);
    return withDatabase(io, async (db) =>
      importInventoryCsv(db, await resolveCity(db, values.city), csv, {
        replace: values.replace ?? false,
        actor: cliActor(io),
      }),
    );
  });
  const entries = stored.reduce((n, inv) => n + inv.entries.length, 0);
  io.out(
    `Imported ${stored.length} inventories (${stored.map((i) => i.year).join(', ')}), ${entries} entries.`,
  );
  return 0;
}

/** netzero inventory export: CSV, or the GPC-style listing. */
export async function inventoryExport(
  { values }: Flags<Record<'city' | 'year' | 'format' | 'out', 'string'>>,
  io: CliIo,
): Promise<number> {
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'gpc')
    throw usage(`--format must be csv or gpc, not "${format}"`);
  const years = values.year === undefined ? undefined : [parseYear(values.year)];
  const text = await withDatabase(io, async (db) => {
    const city = await resolveCity(db, values.city);
    if (format === 'csv') return formatInventoryCsv(await readInventories(db, city, years));
    return formatGpcCsv(await getInventoryTotals(db, city, years), (t) => toFixed(t, 3));
  });
  if (values.out) await writeFile(values.out, text, 'utf8');
  else io.out(text);
  return 0;
}

export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw usage(`--year must be a year like 2021, not "${text}"`);
  return Number(text);
}
