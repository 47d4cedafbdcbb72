import type { IsoDate, Period } from '../dates.js';
import type { ResultBasis, Target } from '../targets.js';

/** A figure as an agency enters it for a round: the text typed, not yet a number. */
export interface EnteredFigure {
  indicator: string;
  value: string;
  basis: ResultBasis;
}

/** One indicator of the measure, with its target and the figures already published. */
export interface RoundIndicator {
  key: string;
  label: string;
  unit: string;
  targetKind: Target['kind'];
  target: Target;
  results: readonly {
    periodStart: IsoDate;
    periodEnd: IsoDate;
    value: string;
    basis: ResultBasis;
  }[];
}

/** What the figure rules read of a submission: the round's period, the plan, the indicators. */
export interface RoundFigureContext {
  round: { periodStart: IsoDate; cutOff: IsoDate };
  plan: Period;
  indicators: readonly RoundIndicator[];
}

/** The round's period: the figures entered cover it. */
export const roundPeriod = (ctx: RoundFigureContext): Period => ({
  start: ctx.round.periodStart,
  end: ctx.round.cutOff,
});
