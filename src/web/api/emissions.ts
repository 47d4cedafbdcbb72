import type { EmissionsSeriesResponse, PathwayResponse } from '../../contracts/api/emissions.js';
import { endpoints } from '../../contracts/api/endpoints/index.js';
import { call } from './client.js';
import { useApi, type Loadable } from './use-api.js';

export type { EmissionsSeriesResponse, PathwayResponse };

export interface CityEmissions {
  series: EmissionsSeriesResponse;
  pathway: PathwayResponse;
}

/** The city's emissions series and its pathway (targets), fetched together and both validated. */
export function useCityEmissions(city: string): [Loadable<CityEmissions>, () => void] {
  return useApi(`emissions+pathway/${city}`, async (signal) => {
    const [series, pathway] = await Promise.all([
      call(endpoints.emissionsSeries, { params: { city }, signal }),
      call(endpoints.pathway, { params: { city }, signal }),
    ]);
    return { series, pathway };
  });
}
