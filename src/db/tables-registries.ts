import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { ColumnMapping, RegistryDefinition } from '../core/registries/definition.js';

/** Kysely types of migration 0014's tables: registry kinds and their cases. */
type DateText = string;
type Json<T> = ColumnType<T, string, string>;

export interface RegistryKindsTable {
  city_id: string;
  code: string;
  version: number;
  agency_code: string;
  /** The definition as validated (core/registries/definition.ts). */
  definition: Json<RegistryDefinition>;
  position: number;
}

export interface RegistryCasesTable {
  city_id: string;
  id: Generated<number>;
  kind_code: string;
  kind_version: number;
  natural_key: string;
  /** Canonical text by field key. */
  field_values: Json<Record<string, string>>;
  placed_from: DateText;
  placed_on: DateText;
  placed_year: GeneratedAlways<number>;
  /** Exact decimal text in the summed field's unit; null for a kind that counts. */
  amount: string | null;
  case_count: ColumnType<number, number | undefined, number>;
  aggregate: ColumnType<boolean, boolean | undefined, boolean>;
  note: string | null;
  district: string | null;
  version: ColumnType<number, number | undefined, number>;
}

/** Migration 0017: the column mapping a kind's keeping agency last imported with. */
export interface RegistryMappingsTable {
  city_id: string;
  kind_code: string;
  mapping: Json<ColumnMapping>;
  saved_by: string;
  saved_at: ColumnType<string, string | undefined, string>;
}

export interface RegistryTables {
  registry_kinds: RegistryKindsTable;
  registry_cases: RegistryCasesTable;
  registry_mappings: RegistryMappingsTable;
}
