import type { ProgressStatus } from '../../core/progress/status.js';
import {
  type CapBasis,
  type EmissionOrigin,
  type EmissionTargetKind,
} from '../../core/vocabulary/lists.js';

/**
 * The results report (成果報告) as plain data: every figure already computed and formatted, so
 * every renderer (DOCX, XLSX; ODT and PDF through LibreOffice) shows the same thing and a
 * snapshot can store it as JSON and render it again identically. Decimals are strings.
 */
export interface ResultsReport {
  format: 'netzero-results-report/2';
  city: { code: string; name: string };
  plan: { code: string; name: string; start: string; end: string };
  asOf: string;
  /** 112年9月30日 */
  asOfRoc: string;
  /** 110~112/9: the span the execution columns cover. */
  coverage: string;
  title: string;
  emissions: EmissionsChapter;
  progress: PlanProgress;
  table1: Table1;
  sectorSummaries: SectorSummaryText[];
  lagging: LaggingRow[];
}

/** A source a figure comes from, numbered in the order the chapter first cites it. */
export interface CitedSource {
  /** 1, 2, …: printed as 〔1〕 after the figure. */
  no: number;
  code: string;
  title: string;
  publisher: string | null;
  date: string | null;
  /**
   * The source as a reader cites it: publisher — title — date — web address (or document number,
   * or 網址不明). Snapshots taken before it existed lack it and print title，publisher，date.
   */
  citation?: string;
}

/** A figure in tonnes CO₂e, with the number of the source it comes from (null: none recorded). */
export interface SourcedTonnes {
  year: number;
  valueT: string;
  /** inventory: computed from the year's inventory entries; figure: a total a source gives. */
  origin: EmissionOrigin;
  source: number | null;
}

export interface ShareItem {
  category: string;
  label: string;
  /** Percent as the source gives it, or computed (one decimal) from an inventory. */
  percent: string;
}

/**
 * Chapter 1 part 1 from the emissions module: the inventory or headline figures, the city's
 * stored targets, the pathway through them, the gap in the latest year, and the carbon budget.
 * Every tonne figure carries the number of its source (`sources`).
 */
export interface EmissionsChapter {
  /** The last calendar year over by the as-of date: later years are not used. */
  lastYear: number;
  /** Net emissions per year up to `lastYear`, oldest first. */
  series: SourcedTonnes[];
  /** The base year of the city's reduction target (else the oldest year held). */
  baseline: SourcedTonnes | null;
  latest: SourcedTonnes | null;
  /** latest − baseline, tonnes, and ÷ baseline × 100 (two decimals); negative is a fall. */
  change: { t: string; percent: string } | null;
  /** The stored targets, each with its level on the pathway. */
  targets: {
    year: number;
    kind: EmissionTargetKind;
    baseYear: number | null;
    reductionPercent: string | null;
    valueT: string;
    label: string;
    source: number | null;
  }[];
  /** The pathway from the base year to the last target, one value a year (the chart's line). */
  pathway: { year: number; valueT: string }[];
  /** The latest year against the pathway. */
  gap: {
    year: number;
    pathwayT: string;
    actualT: string;
    /** actual − pathway; positive is above the path. */
    gapT: string;
    gapPercent: string | null;
  } | null;
  /** Sector shares and direct/indirect shares of the latest year that has them. */
  shares: {
    year: number;
    origin: EmissionOrigin;
    source: number | null;
    sectors: ShareItem[];
    scopes: ShareItem[];
  } | null;
  /** The carbon budget in force in the as-of year, else the first one within the plan period. */
  carbonBudget: {
    code: string;
    name: string | null;
    startYear: number;
    endYear: number;
    capT: string;
    capBasis: CapBasis;
    periodCapT: string;
    /** Per-sector allocations for the whole period (an annual allocation × the years). */
    allocations: { sector: string; label: string; capT: string }[];
    approval: string;
    approvalLabel: string;
    /** The step that gave the current approval state, if recorded. */
    approvedBy: string | null;
    approvedOn: string | null;
    source: number | null;
  } | null;
  sources: CitedSource[];
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
