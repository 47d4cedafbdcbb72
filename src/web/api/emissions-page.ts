import {
  carbonBudgetListResponse,
  emissionsSeriesResponse,
  moneyBudgetListResponse,
  pathwayResponse,
  type CarbonBudgetListResponse,
  type CitedSource,
  type EmissionsSeriesResponse,
  type MoneyBudgetListResponse,
  type PathwayResponse,
} from '../../contracts/api/emissions.js';
import { apiRequest } from './client.js';
import { useApi, type Loadable } from './use-api.js';

export type { CitedSource };

/** Everything the emissions page shows, each part validated against its contract. */
export interface EmissionsPageData {
  city: string;
  series: EmissionsSeriesResponse;
  pathway: PathwayResponse;
  budgets: CarbonBudgetListResponse;
  money: MoneyBudgetListResponse;
  /** Every source any part cites, by code (the parts list their own; this merges them). */
  sources: Map<string, CitedSource>;
}

export function cityBase(city: string): string {
  return `/cities/${encodeURIComponent(city)}`;
}

export function useEmissionsPage(city: string): [Loadable<EmissionsPageData>, () => void] {
  const base = cityBase(city);
  return useApi(`${base}/emissions-page`, async (signal) => {
    const [series, pathway, budgets, money] = await Promise.all([
      apiRequest(`${base}/emissions`, emissionsSeriesResponse, { signal }),
      apiRequest(`${base}/pathway`, pathwayResponse, { signal }),
      apiRequest(`${base}/carbon-budgets`, carbonBudgetListResponse, { signal }),
      apiRequest(`${base}/money-budgets`, moneyBudgetListResponse, { signal }),
    ]);
    const sources = new Map<string, CitedSource>();
    for (const list of [
      series.sources,
      pathway.sources,
      budgets.sources,
      ...money.map((m) => m.sources),
    ])
      for (const source of list) sources.set(source.code, source);
    return { city, series, pathway, budgets, money, sources };
  });
}
