import { NetZeroError, type Issue } from '../core/errors.js';
import { getSpecies } from '../core/emissions/gas-species.js';
import { computeInventory } from '../core/emissions/inventory.js';
import { getUnit } from '../core/units.js';
import { csvLine, parseCsv } from './csv.js';
import {
  inventoryEntrySchema,
  inventorySchema,
  type InventoryDocument,
} from './emissions-document.js';
import { toCoreInventory, type FactorRecord } from './emissions-to-core.js';

/** The columns of the inventory CSV (docs/inventory-csv.md), in the order export writes them. */
export const INVENTORY_CSV_COLUMNS = [
  'year',
  'gwp_set',
  'status',
  'subsector',
  'scope',
  'method',
  'gas',
  'species',
  'value_t',
  'mass',
  'mass_unit',
  'activity',
  'activity_unit',
  'factor_code',
  'factor_version',
  'notation_key',
  'explanation',
  'source',
  'notes',
] as const;
type Column = (typeof INVENTORY_CSV_COLUMNS)[number];
/** Columns a file may leave out (it was written before they existed): read as empty. */
const OPTIONAL_COLUMNS: readonly Column[] = ['species'];

/** Document field → CSV column, so an error on a field names the column it came from. */
const COLUMN_OF: Record<string, Column> = {
  year: 'year',
  gwpSet: 'gwp_set',
  status: 'status',
  subsector: 'subsector',
  scope: 'scope',
  method: 'method',
  gas: 'gas',
  species: 'species',
  valueT: 'value_t',
  mass: 'mass',
  massUnit: 'mass_unit',
  activity: 'activity',
  activityUnit: 'activity_unit',
  factor: 'factor_code',
  key: 'notation_key',
  explanation: 'explanation',
  source: 'source',
  notes: 'notes',
};

/**
 * Reads an inventory CSV into inventories (one per year), checking everything: the header,
 * each row's shape, units, factors (by code and version, from `factors`), the GWP set, and the
 * arithmetic. Every problem names its row (as a spreadsheet numbers it: the header is row 1) and
 * column; if there is any, nothing is returned.
 */
export function parseInventoryCsv(
  text: string,
  factors: ReadonlyMap<string, FactorRecord>,
): InventoryDocument[] {
  const [header = [], ...rows] = parseCsv(text);
  const issues: Issue[] = [];
  const missing = INVENTORY_CSV_COLUMNS.filter(
    (c) => !header.includes(c) && !OPTIONAL_COLUMNS.includes(c),
  );
  const unknown = header.filter((h) => !(INVENTORY_CSV_COLUMNS as readonly string[]).includes(h));
  if (missing.length > 0 || unknown.length > 0)
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `row 1 (header): ${[missing.length ? `missing columns ${missing.join(', ')}` : '', unknown.length ? `unknown columns ${unknown.join(', ')}` : ''].filter(Boolean).join('; ')}`,
      [{ path: 'row 1', message: 'the header must name the inventory CSV columns' }],
    );
  const byYear = new Map<number, { inventory: InventoryDocument; rows: number[] }>();
  rows.forEach((cells, index) => {
    const rowNo = index + 2;
    const at = (column: string) => `row ${rowNo}, column ${column}`;
    if (cells.length !== header.length) {
      issues.push({
        path: `row ${rowNo}`,
        message: `has ${cells.length} fields, the header ${header.length}`,
      });
      return;
    }
    const cell = (c: Column) => {
      const index = header.indexOf(c);
      return index < 0 ? '' : (cells[index] ?? '').trim();
    };
    const optional = (c: Column) => (cell(c) === '' ? undefined : cell(c));
    const year = Number(cell('year'));
    const head = inventorySchema.safeParse({
      year,
      gwpSet: optional('gwp_set'),
      status: optional('status'),
    });
    if (!head.success) {
      for (const issue of head.error.issues)
        issues.push({
          path: at(COLUMN_OF[String(issue.path[0])] ?? 'year'),
          message: issue.message,
        });
      return;
    }
    const entry = inventoryEntrySchema.safeParse(
      Object.fromEntries(
        Object.entries({
          subsector: optional('subsector'),
          scope: cell('scope') === '' ? undefined : Number(cell('scope')),
          method: optional('method'),
          gas: optional('gas'),
          species: optional('species'),
          valueT: optional('value_t'),
          mass: optional('mass'),
          massUnit: optional('mass_unit'),
          activity: optional('activity'),
          activityUnit: optional('activity_unit'),
          factor:
            cell('factor_code') === '' && cell('factor_version') === ''
              ? undefined
              : { code: cell('factor_code'), version: cell('factor_version') },
          key: optional('notation_key'),
          explanation: optional('explanation'),
          source: optional('source'),
          notes: optional('notes')?.split(' | '),
        }).filter(([, v]) => v !== undefined),
      ),
    );
    if (!entry.success) {
      for (const issue of entry.error.issues) {
        const field = String(issue.path[0] ?? 'method');
        const message =
          issue.code === 'unrecognized_keys'
            ? `not used by method "${cell('method')}": ${issue.keys.map((k) => COLUMN_OF[k] ?? k).join(', ')} must be empty`
            : issue.message;
        issues.push({ path: at(COLUMN_OF[field] ?? field), message });
      }
      return;
    }
    const e = entry.data;
    try {
      // An alias (PFC-14) is stored as its code (CF4): export writes one spelling.
      if (e.species !== undefined) e.species = getSpecies(e.species, at('species')).code;
      if (e.method === 'gas_mass') e.massUnit = getUnit(e.massUnit, at('mass_unit')).code;
      if (e.method === 'computed')
        e.activityUnit = getUnit(e.activityUnit, at('activity_unit')).code;
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      issues.push(...error.issues);
      return;
    }
    const group = byYear.get(year) ?? { inventory: { ...head.data, entries: [] }, rows: [] };
    if (group.inventory.gwpSet !== head.data.gwpSet || group.inventory.status !== head.data.status)
      issues.push({
        path: at('gwp_set'),
        message: `${year} is ${group.inventory.gwpSet}/${group.inventory.status} in an earlier row; one inventory has one GWP set and status`,
      });
    group.inventory.entries.push(e);
    group.rows.push(rowNo);
    byYear.set(year, group);
  });
  for (const { inventory, rows: rowNos } of byYear.values()) {
    try {
      computeInventory(toCoreInventory(inventory, factors, 'inventory'), 'inventory');
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      for (const issue of error.issues) issues.push(locate(issue, rowNos));
    }
  }
  if (issues.length > 0)
    throw new NetZeroError(
      issues.some((i) => /per activity/.test(i.message)) ? 'UNIT_MISMATCH' : 'VALIDATION_FAILED',
      `the inventory CSV has ${issues.length} problem(s): ${issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`,
      issues,
    );
  return [...byYear.values()].map((g) => g.inventory).sort((a, b) => a.year - b.year);
}

/** inventory.entries[3].factor.gas → row of entry 3, column factor_code. */
function locate(issue: Issue, rowNos: readonly number[]): Issue {
  const match = /entries\[(\d+)\]\.?([a-zA-Z]*)/.exec(issue.path);
  if (!match) return issue;
  const row = rowNos[Number(match[1])] ?? 0;
  const column = COLUMN_OF[match[2] ?? ''] ?? match[2] ?? '';
  return { path: `row ${row}${column ? `, column ${column}` : ''}`, message: issue.message };
}

/** The inventories as CSV, one row per entry; parseInventoryCsv reads it back unchanged. */
export function formatInventoryCsv(inventories: readonly InventoryDocument[]): string {
  const lines = [csvLine(INVENTORY_CSV_COLUMNS)];
  for (const inv of inventories)
    for (const e of inv.entries) {
      const row: Record<Column, string> = {
        year: String(inv.year),
        gwp_set: inv.gwpSet,
        status: inv.status,
        subsector: e.subsector,
        scope: String(e.scope),
        method: e.method,
        gas: 'gas' in e ? (e.gas ?? '') : '',
        species: e.species ?? '',
        value_t: e.method === 'reported' ? e.valueT : '',
        mass: e.method === 'gas_mass' ? e.mass : '',
        mass_unit: e.method === 'gas_mass' ? e.massUnit : '',
        activity: e.method === 'computed' ? e.activity : '',
        activity_unit: e.method === 'computed' ? e.activityUnit : '',
        factor_code: e.method === 'computed' ? e.factor.code : '',
        factor_version: e.method === 'computed' ? e.factor.version : '',
        notation_key: e.method === 'notation' ? e.key : '',
        explanation: e.method === 'notation' ? e.explanation : '',
        source: e.source ?? '',
        notes: (e.notes ?? []).join(' | '),
      };
      lines.push(csvLine(INVENTORY_CSV_COLUMNS.map((c) => row[c])));
    }
  return `${lines.join('\n')}\n`;
}
