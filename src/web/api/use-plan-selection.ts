import { planOf, planSelection, type PlanSelection } from '../app/plan-context.js';
import { fetchPlans } from './plan-summary.js';
import { useApi, type Loadable } from './use-api.js';

export interface ResolvedSelection {
  selection: PlanSelection;
  /** The date the plan's published figures run to (null: no figures yet). */
  dataThrough: string | null;
}

/** The page's selection with the default cut-off date taken from the plan's figures. */
export function usePlanSelection(
  query: URLSearchParams,
): [Loadable<ResolvedSelection>, () => void] {
  const { city, plan } = planOf(query);
  const key = `${city}/${plan}/${query.get('asOf') ?? ''}`;
  return useApi(key, async (signal) => {
    // An unlisted plan is left for the page's own request to refuse with the server's message.
    const info = (await fetchPlans(city, signal)).find((p) => p.code === plan);
    const dataThrough = info?.dataThrough ?? null;
    return { selection: planSelection(query, dataThrough), dataThrough };
  });
}
