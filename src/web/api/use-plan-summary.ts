import type { PlanSelection } from '../app/plan-context.js';
import { ApiError } from './api-error.js';
import { fetchPlans, fetchPlanSummary, type PlanInfo, type PlanSummary } from './plan-summary.js';
import { useApi, type Loadable } from './use-api.js';

export interface PlanData {
  summary: PlanSummary;
  /** The plan's name, sectors and agencies in both languages. */
  plan: PlanInfo;
}

/** The summary at the cut-off date together with the plan's names. */
export function usePlanSummary(selection: PlanSelection): [Loadable<PlanData>, () => void] {
  const { city, plan, asOf } = selection;
  return useApi(`${city}/${plan}/${asOf}`, async (signal) => {
    const [summary, plans] = await Promise.all([
      fetchPlanSummary(city, plan, asOf, signal),
      fetchPlans(city, signal),
    ]);
    const info = plans.find((p) => p.code === plan);
    if (!info) throw new ApiError(404, 'NOT_FOUND', `plan "${plan}" is not listed`);
    return { summary, plan: info };
  });
}
