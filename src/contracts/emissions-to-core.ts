import type { CarbonBudget } from '../core/emissions/carbon-budget.js';
import { Decimal } from '../core/decimal.js';
import { invalid } from '../core/errors.js';
import { getGas, getGwpSet } from '../core/emissions/gases.js';
import type { Inventory } from '../core/emissions/inventory.js';
import type { InventoryEntry, InventoryFactor } from '../core/emissions/inventory-entry.js';
import type { EmissionTarget } from '../core/emissions/pathway.js';
import { quantity } from '../core/quantity.js';
import type {
  CarbonBudgetDocument,
  EmissionTargetDocument,
  InventoryEntryDocument,
} from './emissions-document.js';

/** A factor as the document and the database hold it. */
export interface FactorRecord {
  code: string;
  version: string;
  value: string;
  unit: string;
  gas?: string | null | undefined;
}

export const factorKey = (code: string, version: string) => `${code}@${version}`;

/**
 * The core entry for a document entry: units resolved, the factor looked up by code and
 * version (the version a figure used is part of the figure).
 */
export function toCoreEntry(
  entry: InventoryEntryDocument,
  factors: ReadonlyMap<string, FactorRecord>,
  path: string,
  made: Map<string, InventoryFactor> = new Map(),
): InventoryEntry {
  const base = { subsector: entry.subsector, scope: entry.scope, species: entry.species };
  switch (entry.method) {
    case 'reported':
      return { ...base, method: 'reported', valueT: new Decimal(entry.valueT), gas: entry.gas };
    case 'gas_mass':
      return {
        ...base,
        method: 'gas_mass',
        gas: entry.gas,
        mass: quantity(entry.mass, entry.massUnit, `${path}.mass`),
      };
    case 'computed': {
      const key = factorKey(entry.factor.code, entry.factor.version);
      const record = factors.get(key);
      if (!record)
        throw invalid(
          `${path}.factor`,
          `unknown emission factor ${entry.factor.code} version ${entry.factor.version}`,
        );
      // One object per factor: the unit check in entryTonnes then runs once per factor.
      const factor: InventoryFactor = made.get(key) ?? {
        code: record.code,
        version: record.version,
        value: new Decimal(record.value),
        unit: record.unit,
        gas: record.gas ? getGas(record.gas, `${path}.factor.gas`) : null,
      };
      made.set(key, factor);
      return {
        ...base,
        method: 'computed',
        activity: quantity(entry.activity, entry.activityUnit, `${path}.activity`),
        factor,
      };
    }
    case 'notation':
      return {
        ...base,
        method: 'notation',
        key: entry.key,
        explanation: entry.explanation,
        gas: entry.gas,
      };
  }
}

export function toCoreInventory(
  inventory: { year: number; gwpSet: string | null; entries: readonly InventoryEntryDocument[] },
  factors: ReadonlyMap<string, FactorRecord>,
  path: string,
  made: Map<string, InventoryFactor> = new Map(),
): Inventory {
  return {
    year: inventory.year,
    gwpSet: getGwpSet(inventory.gwpSet, `${path}.gwpSet`),
    entries: inventory.entries.map((e, i) =>
      toCoreEntry(e, factors, `${path}.entries[${i}]`, made),
    ),
  };
}

export function toCoreTarget(target: EmissionTargetDocument): EmissionTarget {
  return target.kind === 'net_zero'
    ? { year: target.year, kind: 'net_zero' }
    : {
        year: target.year,
        kind: 'reduction',
        baseYear: target.baseYear,
        reductionPercent: new Decimal(target.reductionPercent),
      };
}

export function toCoreBudget(
  budget: Pick<
    CarbonBudgetDocument,
    'code' | 'startYear' | 'endYear' | 'capT' | 'capBasis' | 'allocations'
  >,
): CarbonBudget {
  return {
    code: budget.code,
    startYear: budget.startYear,
    endYear: budget.endYear,
    capT: new Decimal(budget.capT),
    capBasis: budget.capBasis,
    allocations: budget.allocations.map((a) => ({ sector: a.sector, capT: new Decimal(a.capT) })),
  };
}
