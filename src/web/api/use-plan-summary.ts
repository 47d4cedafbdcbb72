import type { PlanSelection } from '../app/plan-context.js';
import { fetchPlanSummary, type PlanSummary } from './plan-summary.js';
import { useApi, type Loadable } from './use-api.js';

export function usePlanSummary(selection: PlanSelection): [Loadable<PlanSummary>, () => void] {
  const { city, plan, asOf } = selection;
  return useApi(`${city}/${plan}/${asOf}`, (signal) => fetchPlanSummary(city, plan, asOf, signal));
}
