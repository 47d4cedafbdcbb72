import { endpoint } from '../endpoint.js';
import { indicatorListResponse, indicatorResponse, indicatorYearQuery } from '../indicators.js';

const indicators = '/cities/{city}/sdg-indicators';

/** The sustainability indicators (永續發展指標): public reading of the registry and its years. */
export const indicatorEndpoints = {
  listIndicators: endpoint({
    method: 'get',
    path: indicators,
    summary: "The city's sustainability indicators by SDG, each with its status in a year",
    policy: null,
    query: indicatorYearQuery,
    response: indicatorListResponse,
  }),
  getIndicator: endpoint({
    method: 'get',
    path: `${indicators}/{indicator}`,
    summary: 'One sustainability indicator: every version, and each year judged against its own',
    policy: null,
    query: indicatorYearQuery,
    response: indicatorResponse,
  }),
};
