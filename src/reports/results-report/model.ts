import type { ProgressStatus } from '../../core/progress/status.js';

/**
 * The results report (成果報告) as plain data: every figure already computed and formatted, so
 * every renderer (DOCX, XLSX; ODT and PDF through LibreOffice) shows the same thing and a
 * snapshot can store it as JSON and render it again identically. Decimals are strings.
 */
export interface ResultsReport {
  format: 'netzero-results-report/1';
  city: { code: string; name: string };
  plan: { code: string; name: string; start: string; end: string };
  asOf: string;
  /** 112年9月30日 */
  asOfRoc: string;
  /** 110~112/9: the span the execution columns cover. */
  coverage: string;
  title: string;
  emissions: EmissionsStatus;
  progress: PlanProgress;
  table1: Table1;
  sectorSummaries: SectorSummaryText[];
  lagging: LaggingRow[];
}

/** Chapter 1 part 1: the emission figures the city holds. */
export interface EmissionsStatus {
  /** Net emissions per year, tonnes, oldest first. */
  series: { year: number; valueT: string; source: string | null }[];
  baseline: { year: number; valueT: string } | null;
  latest: { year: number; valueT: string } | null;
  /** (latest − baseline) ÷ baseline × 100, two decimals; negative is a fall. */
  changePercent: string | null;
  /** The city's emission targets as straight lines from the baseline (the chart's target line). */
  targets: { year: number; valueT: string; label: string }[];
  shares: { year: number; items: { category: string; label: string; percent: string }[] } | null;
  paragraphs: string[];
}

export interface SectorProgressRow {
  code: string;
  name: string;
  measures: number;
  status: Record<ProgressStatus, number>;
  reductionT: string;
  reductionWan: string;
  /** Share of the plan's total reduction, percent, one decimal. */
  sharePercent: string;
  /** The figure the source printed, when the plan records one, and whether it agrees. */
  published: { wan: string; note: string } | null;
}

export interface PlanProgress {
  sectors: SectorProgressRow[];
  total: SectorProgressRow;
  goalWan: string | null;
  /** total ÷ goal × 100, one decimal. */
  goalPercent: string | null;
  paragraphs: string[];
}

/** A table cell: what is printed, and the number behind it when there is one. */
export interface Cell {
  text: string;
  value: string | null;
}

export interface Table1Row {
  indicatorKey: string | null;
  label: string | null;
  unit: string | null;
  target: Cell;
  periods: Cell[];
  total: Cell;
  /** null prints '-': no reduction recorded (not zero). */
  reductionT: string | null;
  reductionWan: string;
}

export interface Table1Measure {
  no: number;
  agency: string | null;
  name: string;
  status: ProgressStatus;
  rows: Table1Row[];
}

export interface Table1Sector {
  code: string;
  name: string;
  measures: Table1Measure[];
  reductionT: string;
  reductionWan: string;
}

export interface Table1 {
  title: string;
  /** One per calendar year of figures: 110年執行量, 111年執行量, 112/1~9月執行量. */
  periodColumns: { label: string; start: string; end: string }[];
  sectors: Table1Sector[];
  totalT: string;
  totalWan: string;
  /** How the computed total relates to the printed one, when the plan records one. */
  totalNote: string | null;
}

export interface SectorSummaryText {
  code: string;
  name: string;
  paragraph: string;
  qualitative: { measure: string; period: string; text: string }[];
}

/** Table 5: one row per lagging indicator (or measure), from the computed statuses. */
export interface LaggingRow {
  sector: string;
  measureNo: number;
  measure: string;
  agency: string | null;
  indicator: string | null;
  explanation: string;
  /** 執行量/目標值 to date, e.g. 1,531,153/1,648,357 W. */
  progressText: string;
  actual: string | null;
  expectedToDate: string | null;
  unit: string | null;
}
