import type { Decimal } from './decimal.js';
import type { IsoDate, Period } from './dates.js';

/**
 * The six kinds of target seen in the plans (Table 1 of the Kaohsiung report). A target says
 * what the indicator should reach; results say what happened; the progress engine compares them.
 */
export const targetKinds = [
  'cumulative',
  'annual_rate',
  'level',
  'schedule',
  'annual_change',
  'observation',
] as const;
export type TargetKind = (typeof targetKinds)[number];

/** The level that held on `date`, from which a level or change target is measured. */
export interface Baseline {
  value: Decimal;
  date: IsoDate;
}

export type Target =
  /** Increments over the plan add up to `value` by `dueDate` (default: plan end). */
  | { kind: 'cumulative'; value: Decimal; dueDate?: IsoDate | undefined }
  /** Each calendar year's increments reach `value`. */
  | { kind: 'annual_rate'; value: Decimal }
  /** The level moves from `baseline` to `value` by `dueDate` (default: plan end). */
  | { kind: 'level'; value: Decimal; baseline: Baseline; dueDate?: IsoDate | undefined }
  /** The level at the end of each listed year should reach that year's value. */
  | { kind: 'schedule'; points: readonly SchedulePoint[]; baseline?: Baseline | undefined }
  /** The level changes by `step` per year after the baseline. */
  | { kind: 'annual_change'; baseline: Baseline; step: Decimal }
  /** Not quantified: tracked by observation and qualitative results only. */
  | { kind: 'observation' };

export interface SchedulePoint {
  year: number;
  value: Decimal;
}

/**
 * How a reported figure relates to what came before it:
 * `increment` — the amount done during the period (110年執行量);
 * `total` — the level or running total at the end of the period (累計, 接管率).
 */
export const resultBases = ['increment', 'total'] as const;
export type ResultBasis = (typeof resultBases)[number];

export interface ResultFigure {
  period: Period;
  value: Decimal;
  basis: ResultBasis;
}
