import type { ResultsReport } from './model.js';

/**
 * The first version of the report model, as snapshots taken before 2026-11 froze it. Kept so
 * those snapshots still render exactly as they did: their chapter 1 held the emission figures
 * and a target line computed in code, and was drawn with table-cell bar charts.
 */
export interface EmissionsStatusV1 {
  /** Net emissions per year, tonnes, oldest first. */
  series: { year: number; valueT: string; source: string | null }[];
  baseline: { year: number; valueT: string } | null;
  latest: { year: number; valueT: string } | null;
  /** (latest − baseline) ÷ baseline × 100, two decimals; negative is a fall. */
  changePercent: string | null;
  targets: { year: number; valueT: string; label: string }[];
  shares: { year: number; items: { category: string; label: string; percent: string }[] } | null;
  paragraphs: string[];
}

export type ResultsReportV1 = Omit<ResultsReport, 'format' | 'emissions'> & {
  format: 'netzero-results-report/1';
  emissions: EmissionsStatusV1;
};

/** Any report model a snapshot may hold: renderers take every version. */
export type StoredResultsReport = ResultsReport | ResultsReportV1;

export const REPORT_FORMATS_KNOWN = [
  'netzero-results-report/1',
  'netzero-results-report/2',
] as const;
