import { describe, expect, it } from 'vitest';
import { NetZeroError } from '../core/errors.js';
import { factorKey, type FactorRecord } from './emissions-to-core.js';
import { formatInventoryCsv, INVENTORY_CSV_COLUMNS, parseInventoryCsv } from './inventory-csv.js';

const factors = new Map<string, FactorRecord>(
  [{ code: 'etch-pfc', version: '1', value: '0.5', unit: 'kg/t', gas: 'PFCs' }].map((f) => [
    factorKey(f.code, f.version),
    f,
  ]),
);
const header = INVENTORY_CSV_COLUMNS.join(',');
/** A row with the given cells; the rest empty. */
const row = (cells: Partial<Record<(typeof INVENTORY_CSV_COLUMNS)[number], string>>) =>
  INVENTORY_CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');
const head = { year: '2023', gwp_set: 'AR5', status: 'draft', scope: '1' };
const hfcMass = (species: string, gas = 'HFCs') =>
  row({
    ...head,
    subsector: 'ippu_product_use',
    method: 'gas_mass',
    gas,
    species,
    mass: '1',
    mass_unit: 'kg',
  });

const issuesOf = (text: string) => {
  try {
    parseInventoryCsv(text, factors);
  } catch (error) {
    if (error instanceof NetZeroError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected the CSV to be refused');
};

describe('the inventory CSV with gas species', () => {
  it('reads species (an alias as its code) and writes the same file back', () => {
    const csv = [
      header,
      hfcMass('HFC-134a'),
      row({
        ...head,
        subsector: 'ippu_processes',
        method: 'computed',
        species: 'PFC-14',
        activity: '2',
        activity_unit: 't',
        factor_code: 'etch-pfc',
        factor_version: '1',
      }),
      row({
        ...head,
        subsector: 'ippu_product_use',
        method: 'reported',
        gas: 'PFCs',
        value_t: '3',
      }),
    ].join('\n');
    const [inventory] = parseInventoryCsv(csv, factors);
    expect(inventory?.entries.map((e) => e.species)).toEqual(['HFC-134a', 'CF4', undefined]);
    const written = formatInventoryCsv(parseInventoryCsv(csv, factors));
    expect(written).toBe(`${csv.replace('PFC-14', 'CF4')}\n`);
    expect(formatInventoryCsv(parseInventoryCsv(written, factors))).toBe(written);
  });

  it('still reads a file written before the species column', () => {
    const columns = INVENTORY_CSV_COLUMNS.filter((c) => c !== 'species');
    const cells: Partial<Record<string, string>> = {
      ...head,
      subsector: 'residential',
      method: 'reported',
      value_t: '1',
    };
    const csv = `${columns.join(',')}\n${columns.map((c) => cells[c] ?? '').join(',')}\n`;
    expect(parseInventoryCsv(csv, factors)[0]?.entries).toEqual([
      { subsector: 'residential', scope: 1, method: 'reported', valueT: '1' },
    ]);
  });

  it('refuses an HFC mass without species, an unknown species and one of another family, by row and column', () => {
    const csv = [header, hfcMass(''), hfcMass('HFC-134'), hfcMass('HFC-32', 'PFCs')].join('\n');
    expect(issuesOf(csv)).toEqual([
      expect.stringMatching(/^row 3, column species: unknown species "HFC-134"/),
      expect.stringMatching(/^row 2, column species: a mass of HFCs needs its species/),
      expect.stringMatching(/^row 4, column species: HFC-32 is one of the HFCs, not of the PFCs/),
    ]);
  });
});
