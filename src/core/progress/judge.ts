import type { Decimal } from '../decimal.js';
import type { ProgressReason, ProgressStatus } from './status.js';

/**
 * The shared rule for targets that move one way:
 * achieved when the final target is already reached; on track when the actual value is at or
 * past the expected value to date; lagging otherwise. `increasing` false mirrors the comparisons
 * (a level that should fall).
 */
export function judge(
  actual: Decimal,
  expected: Decimal,
  final: Decimal,
  increasing: boolean,
): { status: ProgressStatus; reason: ProgressReason } {
  const reached = (value: Decimal, goal: Decimal) =>
    increasing ? value.gte(goal) : value.lte(goal);
  if (reached(actual, final)) return { status: 'achieved', reason: 'target_met' };
  if (reached(actual, expected)) return { status: 'on_track', reason: 'at_or_above_expected' };
  return { status: 'lagging', reason: 'below_expected' };
}
