import {
  emissionsSeriesResponse,
  pathwayResponse,
  type EmissionsSeriesResponse,
  type PathwayResponse,
} from '../../contracts/api/emissions.js';
import { apiRequest } from './client.js';
import { useApi, type Loadable } from './use-api.js';

export type { EmissionsSeriesResponse, PathwayResponse };

export interface CityEmissions {
  series: EmissionsSeriesResponse;
  pathway: PathwayResponse;
}

/** The city's emissions series and its pathway (targets), fetched together and both validated. */
export function useCityEmissions(city: string): [Loadable<CityEmissions>, () => void] {
  const base = `/cities/${encodeURIComponent(city)}`;
  return useApi(`${base}/emissions+pathway`, async (signal) => {
    const [series, pathway] = await Promise.all([
      apiRequest(`${base}/emissions`, emissionsSeriesResponse, { signal }),
      apiRequest(`${base}/pathway`, pathwayResponse, { signal }),
    ]);
    return { series, pathway };
  });
}
