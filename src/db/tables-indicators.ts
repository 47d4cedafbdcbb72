import type { ColumnType } from 'kysely';
import type { IndicatorDirection, IndicatorKind } from '../core/indicators/vocabulary.js';

/** Kysely types of migration 0012's tables: the sustainability indicators (永續發展指標). */
type Numeric = string;
type NullableNotes = ColumnType<string[] | null, string | null | undefined, string | null>;

export interface SdgIndicatorsTable {
  city_id: string;
  code: string;
  position: number;
}

export interface SdgIndicatorVersionsTable {
  city_id: string;
  indicator_code: string;
  valid_from: number;
  valid_to: number | null;
  name: string;
  name_en: string | null;
  definition: string | null;
  group_code: string | null;
  agency_code: string;
  kind: IndicatorKind;
  direction: IndicatorDirection | null;
  unit: string;
  baseline_year: number | null;
  baseline_value: Numeric | null;
  targets_unknown: ColumnType<boolean, boolean | undefined, boolean>;
  source_code: string | null;
  notes: NullableNotes;
}

export interface SdgIndicatorLinksTable {
  city_id: string;
  indicator_code: string;
  valid_from: number;
  goal: number;
  /** '' for the goal as a whole. */
  target: string;
  position: number;
}

export interface SdgIndicatorTargetsTable {
  city_id: string;
  indicator_code: string;
  valid_from: number;
  year: number;
  value: Numeric;
}

export interface SdgIndicatorMeasuresTable {
  city_id: string;
  indicator_code: string;
  valid_from: number;
  plan_code: string;
  sector_code: string;
  measure_no: number;
  position: number;
}

export interface SdgIndicatorValuesTable {
  city_id: string;
  indicator_code: string;
  year: number;
  value: Numeric;
  unit: string;
  highlight: string;
  explanation: string | null;
  source_code: string | null;
  notes: NullableNotes;
  recorded_by: string;
  recorded_at: ColumnType<string, string | undefined, string>;
}

export interface IndicatorTables {
  sdg_indicators: SdgIndicatorsTable;
  sdg_indicator_versions: SdgIndicatorVersionsTable;
  sdg_indicator_links: SdgIndicatorLinksTable;
  sdg_indicator_targets: SdgIndicatorTargetsTable;
  sdg_indicator_measures: SdgIndicatorMeasuresTable;
  sdg_indicator_values: SdgIndicatorValuesTable;
}
