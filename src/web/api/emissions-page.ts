import {
  type CarbonBudgetListResponse,
  type CitedSource,
  type EmissionsSeriesResponse,
  type MoneyBudgetListResponse,
  type PathwayResponse,
} from '../../contracts/api/emissions.js';
import { endpoints } from '../../contracts/api/endpoints/index.js';
import { call, hrefOf } from './client.js';
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

/** The page's CSV downloads, as plain links. */
export const emissionsDownloads = {
  series: (city: string) => hrefOf(endpoints.emissionsSeriesCsv, { city }),
  inventory: (city: string, year: number) => hrefOf(endpoints.inventoryCsv, { city, year }),
  gpc: (city: string, year: number) => hrefOf(endpoints.inventoryGpcCsv, { city, year }),
};

export function useEmissionsPage(city: string): [Loadable<EmissionsPageData>, () => void] {
  return useApi(`emissions-page/${city}`, async (signal) => {
    const params = { city };
    const [series, pathway, budgets, money] = await Promise.all([
      call(endpoints.emissionsSeries, { params, signal }),
      call(endpoints.pathway, { params, signal }),
      call(endpoints.listCarbonBudgets, { params, signal }),
      call(endpoints.listMoneyBudgets, { params, signal }),
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
