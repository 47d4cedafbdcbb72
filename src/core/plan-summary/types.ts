import type { Decimal } from '../decimal.js';
import type { IsoDate, Period } from '../dates.js';
import type { IndicatorProgress } from '../progress/types.js';
import type { ProgressStatus } from '../progress/status.js';
import type { Reduction, ReductionTotal } from '../reductions/reduction.js';
import type { Reconciliation } from '../rollup/reconcile.js';
import type { Rollup } from '../rollup/rollup-by-sector.js';
import type { ResultFigure, Target } from '../targets.js';

export interface AgencyRef {
  code: string;
  name: string;
}

export interface PlanInput {
  city: string;
  code: string;
  period: Period;
  sectors: readonly { code: string; name: string }[];
  goalReductionT?: Decimal | undefined;
  /** Figures as printed in a source, kept to reconcile against; never used to compute. */
  published?:
    | { totalReductionT?: Decimal | undefined; sectorReductionT: Readonly<Record<string, Decimal>> }
    | undefined;
}

export interface IndicatorInput {
  key: string;
  label: string;
  unit: string;
  target: Target;
  results: readonly ResultFigure[];
}

export interface MeasureInput {
  sector: string;
  no: number;
  agency: AgencyRef | null;
  name: string;
  indicators: readonly IndicatorInput[];
  /** Reductions, each optionally tied to an indicator key. */
  reductions: readonly (Reduction & { indicatorKey?: string | undefined })[];
}

export interface IndicatorSummary extends IndicatorProgress {
  key: string;
  label: string;
  unit: string;
  targetKind: Target['kind'];
}

export interface MeasureSummary {
  sector: string;
  no: number;
  agency: AgencyRef | null;
  name: string;
  status: ProgressStatus;
  reduction: ReductionTotal | null;
  indicators: IndicatorSummary[];
}

export interface SectorSummary {
  code: string;
  name: string;
  rollup: Rollup;
  reconciliation: Reconciliation | null;
}

export interface PlanSummary {
  city: string;
  plan: string;
  asOf: IsoDate;
  sectors: SectorSummary[];
  measures: MeasureSummary[];
  total: Rollup;
  goalReductionT: Decimal | null;
  reconciliation: Reconciliation | null;
}
