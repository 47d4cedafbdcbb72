import { endpoint } from '../endpoint.js';
import { openDataResponse } from '../open-data.js';

/** Open data for anyone: the same files as `netzero opendata export`. */
export const openDataEndpoints = {
  listOpenData: endpoint({
    method: 'get',
    path: '/cities/{city}/open-data',
    summary:
      'Open datasets (measures, results, reductions): licence, update time, field descriptions, download paths',
    policy: null,
    response: openDataResponse,
  }),
  openDataFile: endpoint({
    method: 'get',
    path: '/cities/{city}/open-data/{file}',
    summary:
      'An open-data file: measures|results|reductions .csv (UTF-8 with BOM) or .json ({metadata, data}), or metadata.json',
    policy: null,
    rawResponse: 'text/csv',
  }),
};
