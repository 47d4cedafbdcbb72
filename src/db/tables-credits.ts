import type { ColumnType, Generated } from 'kysely';
import type {
  CreditAccountKind,
  CreditOperationKind,
  ProjectRegistrationStatus,
} from '../core/credits/vocabulary.js';
import type { SectorCode } from '../core/vocabulary/lists.js';

/** Kysely types of migration 0013's tables: offset projects and the credits ledger. */
type Numeric = string;
type DateText = string;
type Notes = ColumnType<string[], string | undefined, string>;
type Timestamp = ColumnType<string, string | undefined, never>;

export interface CreditProjectsTable {
  city_id: string;
  code: string;
  name: string;
  name_en: string | null;
  proponent: string;
  description: string | null;
  methodology: string | null;
  registration_status: ProjectRegistrationStatus;
  registration_number: string | null;
  registered_on: DateText | null;
  measure_plan_code: string | null;
  measure_sector_code: SectorCode | null;
  measure_no: number | null;
  source_code: string | null;
  notes: Notes;
  position: number;
}

export interface CreditPeriodsTable {
  city_id: string;
  project_code: string;
  no: number;
  starts_on: DateText;
  ends_on: DateText;
  reported_t: Numeric | null;
  verified_t: Numeric | null;
  verified_on: DateText | null;
  source_code: string | null;
  notes: Notes;
}

export interface CreditAccountsTable {
  city_id: string;
  code: string;
  kind: CreditAccountKind;
  name: string;
  name_en: string | null;
}

export interface CreditOperationsTable {
  city_id: string;
  id: Generated<number>;
  kind: CreditOperationKind;
  project_code: string | null;
  period_no: number | null;
  on_date: DateText;
  reference: string | null;
  note: string | null;
  idempotency_key: string | null;
  actor: string;
  at: Timestamp;
}

/** Serials are int8, read as numbers (type-parsers.ts refuses any beyond 2⁵³). */
export interface CreditEntriesTable {
  city_id: string;
  operation_id: number;
  position: number;
  debit_account: string;
  credit_account: string;
  /** The issuance the serials come from (the trigger checks it against the blocks moved). */
  project_code: string;
  period_no: number;
  first_serial: number;
  last_serial: number;
}

/** Written only by the ledger's trigger (migration 0013); read to find what a holder holds. */
export interface CreditBlocksTable {
  city_id: string;
  id: Generated<number>;
  account: string;
  project_code: string;
  period_no: number;
  first_serial: number;
  last_serial: number;
}

export interface CreditTables {
  credit_projects: CreditProjectsTable;
  credit_periods: CreditPeriodsTable;
  credit_accounts: CreditAccountsTable;
  credit_operations: CreditOperationsTable;
  credit_entries: CreditEntriesTable;
  credit_blocks: CreditBlocksTable;
}
