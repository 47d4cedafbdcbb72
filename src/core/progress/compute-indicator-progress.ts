import { annualChangeProgress } from './annual-change.js';
import { annualRateProgress } from './annual-rate.js';
import { cumulativeProgress } from './cumulative.js';
import { levelProgress, scheduleProgress } from './level.js';
import {
  observationProgress,
  type IndicatorProgress,
  type IndicatorProgressInput,
} from './types.js';

/**
 * The progress of one indicator at an as-of date: expected value to date, actual value and a
 * status with its reason. Only figures whose period ended by the as-of date count.
 * The rules per target kind are in each kind's file and in ARCHITECTURE.md ("Progress rules").
 *
 * @example
 * computeIndicatorProgress({
 *   plan: { start: '2021-01-01', end: '2025-12-31' }, asOf: '2023-09-30',
 *   target: { kind: 'cumulative', value: new Decimal(750) },
 *   results: [{ period: { start: '2021-01-01', end: '2021-12-31' }, value: new Decimal(295), basis: 'increment' }],
 * }).status // 'lagging' (295 < 750 × 1003/1826)
 */
export function computeIndicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const { target } = input;
  switch (target.kind) {
    case 'cumulative':
      return cumulativeProgress(input, target);
    case 'annual_rate':
      return annualRateProgress(input, target);
    case 'level':
      return levelProgress(input, target);
    case 'schedule':
      return scheduleProgress(input, target);
    case 'annual_change':
      return annualChangeProgress(input, target);
    case 'observation':
      return observationProgress;
  }
}
