import type { ColumnType } from 'kysely';
import { type BudgetStatus } from '../core/emissions/carbon-budget.js';
import { type NotationKey } from '../core/emissions/inventory-entry.js';
import {
  type CapBasis,
  type EmissionTargetKind,
  type EntryMethod,
  type InventoryStatus,
} from '../core/vocabulary/lists.js';

/** Kysely's view of the tables of migrations/0003-emissions.ts (conventions as in tables.ts). */
type Numeric = string;
type Notes = ColumnType<string[], string | undefined, string>;

export interface InventoriesTable {
  city_id: string;
  year: number;
  gwp_set: string;
  status: ColumnType<InventoryStatus, InventoryStatus | undefined, InventoryStatus>;
  source_code: string | null;
  notes: Notes;
}

export interface InventoryEntriesTable {
  city_id: string;
  year: number;
  position: number;
  subsector: string;
  sector: string;
  scope: number;
  method: EntryMethod;
  gas: string | null;
  /** 0005-gas-species: the molecule of the gas (HFC-134a), canonical code; null when none. */
  species: ColumnType<string | null, string | null | undefined, string | null>;
  value_t: Numeric | null;
  mass: Numeric | null;
  mass_unit: string | null;
  activity: Numeric | null;
  activity_unit: string | null;
  factor_code: string | null;
  factor_version: string | null;
  notation_key: NotationKey | null;
  explanation: string | null;
  source_code: string | null;
  notes: Notes;
}

export interface EmissionTargetsTable {
  city_id: string;
  year: number;
  kind: EmissionTargetKind;
  base_year: number | null;
  reduction_percent: Numeric | null;
  source_code: string | null;
  notes: Notes;
}

export interface PathwayPointsTable {
  city_id: string;
  year: number;
  value_t: Numeric;
  notes: Notes;
}

export type BudgetStatusColumn = BudgetStatus;

export interface CarbonBudgetsTable {
  city_id: string;
  code: string;
  name: string | null;
  start_year: number;
  end_year: number;
  cap_t: Numeric;
  cap_basis: CapBasis;
  status: BudgetStatusColumn;
  source_code: string | null;
  notes: Notes;
  position: number;
}

export interface CarbonBudgetAllocationsTable {
  city_id: string;
  budget_code: string;
  sector: string;
  cap_t: Numeric;
  position: number;
}

export interface CarbonBudgetTransitionsTable {
  city_id: string;
  budget_code: string;
  seq: number;
  from_status: BudgetStatusColumn;
  to_status: BudgetStatusColumn;
  actor: string;
  at: string;
  note: string | null;
}

export interface MoneyBudgetsTable {
  city_id: string;
  code: string;
  name: string;
  year: number;
  total_ntd: Numeric | null;
  source_code: string | null;
  notes: Notes;
  position: number;
}

export interface MoneyBudgetItemsTable {
  city_id: string;
  budget_code: string;
  position: number;
  domain: string;
  title: string | null;
  agency_code: string | null;
  year: number;
  amount_ntd: Numeric | null;
  amount_note: string | null;
  source_code: string | null;
  notes: Notes;
}

export interface MoneyBudgetItemMeasuresTable {
  city_id: string;
  budget_code: string;
  item_position: number;
  position: number;
  plan_code: string;
  sector_code: string;
  measure_no: number;
}

export interface EmissionsTables {
  inventories: InventoriesTable;
  inventory_entries: InventoryEntriesTable;
  emission_targets: EmissionTargetsTable;
  pathway_points: PathwayPointsTable;
  carbon_budgets: CarbonBudgetsTable;
  carbon_budget_allocations: CarbonBudgetAllocationsTable;
  carbon_budget_transitions: CarbonBudgetTransitionsTable;
  money_budgets: MoneyBudgetsTable;
  money_budget_items: MoneyBudgetItemsTable;
  money_budget_item_measures: MoneyBudgetItemMeasuresTable;
}
