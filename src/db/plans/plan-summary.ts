import type { Kysely } from 'kysely';
import type { IsoDate } from '../../core/dates.js';
import { buildPlanSummary } from '../../core/plan-summary/build-plan-summary.js';
import type { PlanSummary } from '../../core/plan-summary/types.js';
import type { Tables } from '../tables.js';
import { loadPlanInputs, type LoadOptions } from './load-plan-inputs.js';

/** The summary of one plan at an as-of date, computed from the records. */
export async function getPlanSummary(
  db: Kysely<Tables>,
  cityId: string,
  planCode: string,
  asOf: IsoDate,
  options: LoadOptions = {},
): Promise<PlanSummary> {
  const { plan, measures } = await loadPlanInputs(db, cityId, planCode, asOf, options);
  return buildPlanSummary(plan, measures, asOf);
}
