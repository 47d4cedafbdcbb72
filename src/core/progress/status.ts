/** Status of an indicator or a measure at an as-of date, in the order reports list them. */
export const progressStatuses = [
  'achieved',
  'on_track',
  'lagging',
  'no_data',
  'observation',
] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/**
 * Machine-readable reasons behind a status, stable for API clients:
 * - `target_met`: the target for the whole plan is already reached;
 * - `at_or_above_expected` / `below_expected`: compared with the expected value to date;
 * - `year_below_rate`: an annual rate was missed in at least one year (see `years`);
 * - `missing_year`: an annual rate has a past year without figures;
 * - `no_results`: no figure has been reported by the as-of date;
 * - `before_start`: the as-of date is before the period the target measures;
 * - `not_quantified`: an observation target.
 */
export type ProgressReason =
  | 'target_met'
  | 'at_or_above_expected'
  | 'below_expected'
  | 'year_below_rate'
  | 'missing_year'
  | 'no_results'
  | 'before_start'
  | 'not_quantified';

/** Worst first: a measure shows the worst status of its quantified indicators. */
const severity: Record<ProgressStatus, number> = {
  lagging: 0,
  no_data: 1,
  on_track: 2,
  achieved: 3,
  observation: 4,
};

/**
 * The status of a measure: the worst of its quantified indicators; `observation` when it has
 * none (or only observation indicators).
 * @example worstStatus(['achieved', 'lagging', 'observation']) // 'lagging'
 */
export function worstStatus(statuses: Iterable<ProgressStatus>): ProgressStatus {
  let worst: ProgressStatus = 'observation';
  for (const status of statuses) {
    if (severity[status] < severity[worst]) worst = status;
  }
  return worst;
}
