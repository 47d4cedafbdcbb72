import { ZERO, type Decimal } from '../decimal.js';
import { NetZeroError, type Issue } from '../errors.js';
import type { GwpSet } from './gases.js';
import { entryTonnes, type EntryResult, type InventoryEntry } from './inventory-entry.js';
import { INVENTORY_SECTORS, type InventorySector } from './sectors.js';

export interface Inventory {
  year: number;
  gwpSet: GwpSet;
  entries: readonly InventoryEntry[];
}

export interface InventoryTotals {
  year: number;
  gwpSet: GwpSet;
  /** Sum of every sector except sinks. */
  grossT: Decimal;
  /** Sum of the sinks sector (removals are negative). */
  sinksT: Decimal;
  /** gross + sinks. */
  netT: Decimal;
  bySector: Record<InventorySector, Decimal>;
  byScope: Record<1 | 2 | 3, Decimal>;
  entries: EntryResult[];
}

/**
 * Totals of an inventory under its GWP set. Nothing is stored: change the set and the totals
 * follow. Every bad entry is reported at once, with its index.
 * @example computeInventory({ year: 2021, gwpSet: 'AR5', entries }).netT
 */
export function computeInventory(inventory: Inventory, path = 'inventory'): InventoryTotals {
  const issues: Issue[] = [];
  const entries: EntryResult[] = [];
  let unitMismatch = false;
  for (const [i, entry] of inventory.entries.entries()) {
    try {
      entries.push(entryTonnes(entry, inventory.gwpSet, `${path}.entries[${i}]`));
    } catch (error) {
      if (!(error instanceof NetZeroError)) throw error;
      unitMismatch ||= error.code === 'UNIT_MISMATCH';
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0)
    throw new NetZeroError(
      unitMismatch ? 'UNIT_MISMATCH' : 'VALIDATION_FAILED',
      `the inventory of ${inventory.year} has ${issues.length} problem(s): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
  const bySector = Object.fromEntries(INVENTORY_SECTORS.map((s) => [s, ZERO])) as Record<
    InventorySector,
    Decimal
  >;
  const byScope: Record<1 | 2 | 3, Decimal> = { 1: ZERO, 2: ZERO, 3: ZERO };
  for (const e of entries) {
    if (e.tonnesCO2e === null) continue;
    const sector = e.sector as InventorySector;
    bySector[sector] = bySector[sector].plus(e.tonnesCO2e);
    byScope[e.scope] = byScope[e.scope].plus(e.tonnesCO2e);
  }
  const sinksT = bySector.sinks;
  const grossT = INVENTORY_SECTORS.filter((s) => s !== 'sinks').reduce(
    (total, s) => total.plus(bySector[s]),
    ZERO,
  );
  return {
    year: inventory.year,
    gwpSet: inventory.gwpSet,
    grossT,
    sinksT,
    netT: grossT.plus(sinksT),
    bySector,
    byScope,
    entries,
  };
}
