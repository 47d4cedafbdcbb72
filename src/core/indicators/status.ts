import { convert, quantity } from '../quantity.js';
import type { IndicatorVersion } from './version.js';
import type { IndicatorStatus, IndicatorStatusReason } from './vocabulary.js';

/** A reported value with its unit (any unit of the indicator's dimension). */
export interface ReportedValue {
  value: string;
  unit: string;
}

/** A year judged: its status and why, with the value and target compared (the version's unit). */
export interface YearJudgement {
  year: number;
  status: IndicatorStatus;
  reason: IndicatorStatusReason;
  /** The value in the version's unit, or null when none was reported. */
  value: string | null;
  target: string | null;
  unit: string;
}

/**
 * Judges one year against the version in force that year (the caller finds it with
 * versionInForce): an observation-type indicator is 觀察 whatever its value; a target-type one is
 * 達標 when the value reaches the year's target in its direction (equal counts as reached) and
 * 未達標 otherwise; a year without a value, or without a target, is 無資料 and says which.
 * @example judgeYear({ kind: 'target', direction: 'lower', unit: '人', targets: [{ year: 2023, value: '100' }], … }, 2023, { value: '120', unit: '人' })
 *   // { status: 'missed', reason: 'above_target', value: '120', target: '100', … }
 */
export function judgeYear(
  version: IndicatorVersion,
  year: number,
  reported: ReportedValue | undefined,
): YearJudgement {
  const target = version.targets.find((t) => t.year === year)?.value ?? null;
  const value = reported
    ? convert(quantity(reported.value, reported.unit, 'value'), version.unit, 'value').value
    : null;
  const judged = (status: IndicatorStatus, reason: IndicatorStatusReason): YearJudgement => ({
    year,
    status,
    reason,
    value: value?.toFixed() ?? null,
    target: version.kind === 'target' ? target : null,
    unit: version.unit,
  });
  if (value === null) return judged('no_data', 'no_value');
  if (version.kind === 'observation') return judged('observed', 'observation_type');
  if (target === null) return judged('no_data', 'no_target');
  const order = value.comparedTo(target);
  if (version.direction === 'lower')
    return order <= 0 ? judged('met', 'at_or_below_target') : judged('missed', 'above_target');
  return order >= 0 ? judged('met', 'at_or_above_target') : judged('missed', 'below_target');
}
