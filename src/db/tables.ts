import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { AccountTables } from './tables-accounts.js';
import type { EmissionsTables } from './emissions-tables.js';
import type { DiscussionTables } from './tables-discussions.js';
import { type ResultBasis, type TargetKind } from '../core/targets.js';
import {
  type EmissionBasis,
  type ReductionMethod,
  type SourceKind,
} from '../core/vocabulary/lists.js';
import type { CommitteeTables } from './tables-committee.js';
import type { ReminderTables } from './tables-reminders.js';
import type { IndicatorTables } from './tables-indicators.js';
import type { CommitteeLinkTables } from './tables-committee-links.js';
// Registries (issue 17)
import type { RegistryTables } from './tables-registries.js';
import type { CreditTables } from './tables-credits.js';

/**
 * Kysely's view of the tables created by migrations/. Decimals are strings (`numeric`), dates
 * are 'YYYY-MM-DD' strings and jsonb notes are string arrays, on both drivers
 * (type-parsers.ts aligns them).
 */
type Numeric = string;
type DateText = string;
/** jsonb is written as JSON text and read back parsed. */
type Notes = ColumnType<string[], string | undefined, string>;
type NullableNotes = ColumnType<string[] | null, string | null | undefined, string | null>;

export interface CitiesTable {
  id: string;
  name: string;
  name_en: string | null;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface SourcesTable {
  city_id: string;
  code: string;
  title: string;
  publisher: string | null;
  /** 2023, 2023-11 or 2023-11-20: as precise as the publication gives it. */
  published: string | null;
  date_unknown: ColumnType<boolean, boolean | undefined, boolean>;
  kind: SourceKind;
  url: string | null;
  document_number: string | null;
  url_unknown: ColumnType<boolean, boolean | undefined, boolean>;
  locator: string | null;
  notes: Notes;
  position: number;
}

export interface AgenciesTable {
  city_id: string;
  code: string;
  name: string;
  name_en: string | null;
  position: number;
}

export interface EmissionFiguresTable {
  city_id: string;
  year: number;
  basis: EmissionBasis;
  value_t: Numeric;
  source_code: string | null;
  notes: Notes;
  position: number;
}

export interface EmissionSharesTable {
  city_id: string;
  year: number;
  category: string;
  percent: Numeric;
  source_code: string | null;
  notes: Notes;
  position: number;
}

export interface EmissionFactorsTable {
  city_id: string;
  code: string;
  version: string;
  name: string;
  value: Numeric;
  unit: string;
  year: number;
  source_code: string | null;
  valid_from: DateText | null;
  valid_to: DateText | null;
  notes: Notes;
  position: number;
  /** 0003-emissions: the gas a factor gives a mass of; null = CO₂e. */
  gas: ColumnType<string | null, string | null | undefined, string | null>;
  supersedes_version: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PlansTable {
  city_id: string;
  code: string;
  name: string;
  name_en: string | null;
  start_date: DateText;
  end_date: DateText;
  goal_reduction_t: Numeric | null;
  source_code: string | null;
  published_source_code: string | null;
  published_total_t: Numeric | null;
  published_notes: NullableNotes;
  position: number;
  version: Generated<number>;
}

export interface PlanSectorsTable {
  city_id: string;
  plan_code: string;
  code: string;
  name: string;
  name_en: string | null;
  position: number;
  published_reduction_t: Numeric | null;
}

export interface MeasuresTable {
  city_id: string;
  id: Generated<number>;
  plan_code: string;
  sector_code: string;
  no: number;
  agency_code: string | null;
  name: string;
  notes: Notes;
  version: Generated<number>;
}

export interface IndicatorsTable {
  city_id: string;
  id: Generated<number>;
  measure_id: number;
  key: string;
  position: number;
  label: string;
  unit: string;
  target_kind: TargetKind;
  target_value: Numeric | null;
  target_text: string | null;
  baseline_value: Numeric | null;
  baseline_date: DateText | null;
  due_date: DateText | null;
  step: Numeric | null;
  notes: Notes;
  version: Generated<number>;
}

export interface TargetSchedulePointsTable {
  city_id: string;
  indicator_id: number;
  year: number;
  value: Numeric;
}

export interface ResultsTable {
  city_id: string;
  id: Generated<number>;
  indicator_id: number;
  position: number;
  period_start: DateText;
  period_end: DateText;
  /** Generated from the period (never written). */
  start_year: GeneratedAlways<number>;
  end_year: GeneratedAlways<number>;
  value: Numeric;
  basis: ResultBasis;
  text: string | null;
  notes: Notes;
  version: Generated<number>;
}

export interface ReductionsTable {
  city_id: string;
  id: Generated<number>;
  measure_id: number;
  indicator_id: number | null;
  position: number;
  period_start: DateText;
  period_end: DateText;
  method: ReductionMethod;
  value_t: Numeric | null;
  resolution_t: Numeric | null;
  quantity: Numeric | null;
  quantity_unit: string | null;
  factor_code: string | null;
  factor_version: string | null;
  notes: Notes;
  version: Generated<number>;
}

export interface QualitativeResultsTable {
  city_id: string;
  id: Generated<number>;
  measure_id: number;
  position: number;
  period_start: DateText;
  period_end: DateText;
  text: string;
  notes: Notes;
  version: Generated<number>;
}

export interface LaggingExplanationsTable {
  city_id: string;
  id: Generated<number>;
  measure_id: number;
  indicator_id: number | null;
  position: number;
  as_of: DateText;
  text: string;
  progress_text: string | null;
  source_code: string | null;
  notes: Notes;
  version: Generated<number>;
}

export interface ReportSnapshotsTable {
  city_id: string;
  id: Generated<number>;
  kind: 'results';
  plan_code: string;
  as_of: DateText;
  /** The report model as exact JSON text (not jsonb: its bytes are hashed). */
  model: string;
  content_hash: string;
  created_at: ColumnType<string, string | undefined, never>;
}

export type { EmissionsTables } from './emissions-tables.js';

export interface Tables
  extends
    AccountTables,
    EmissionsTables,
    DiscussionTables,
    CommitteeTables,
    ReminderTables,
    IndicatorTables,
    CommitteeLinkTables,
    RegistryTables,
    CreditTables {
  cities: CitiesTable;
  sources: SourcesTable;
  agencies: AgenciesTable;
  emission_figures: EmissionFiguresTable;
  emission_shares: EmissionSharesTable;
  emission_factors: EmissionFactorsTable;
  plans: PlansTable;
  plan_sectors: PlanSectorsTable;
  measures: MeasuresTable;
  indicators: IndicatorsTable;
  target_schedule_points: TargetSchedulePointsTable;
  results: ResultsTable;
  reductions: ReductionsTable;
  qualitative_results: QualitativeResultsTable;
  lagging_explanations: LaggingExplanationsTable;
  report_snapshots: ReportSnapshotsTable;
}
