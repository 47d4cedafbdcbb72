import { endpoint, wholeNumberParam } from '../endpoint.js';
import { cityListResponse, planListResponse, summaryQuery, summaryResponse } from '../cities.js';
import { healthResponse } from '../health.js';
import { measureDetailQuery, measureDetailResponse } from '../measures.js';

/** What anyone may read: the platform's health, its documentation and published plans. */
export const publicEndpoints = {
  health: endpoint({
    method: 'get',
    path: '/health',
    summary: 'Liveness and the database engine',
    policy: null,
    response: healthResponse,
  }),
  openApi: endpoint({
    method: 'get',
    path: '/openapi.json',
    summary: 'This API as OpenAPI 3.1',
    policy: null,
    rawResponse: 'application/json',
  }),
  docsPage: endpoint({
    method: 'get',
    path: '/docs',
    summary: 'This API as a page to read (no script)',
    policy: null,
    rawResponse: 'text/html',
  }),
  docsStyles: endpoint({
    method: 'get',
    path: '/docs.css',
    summary: "The docs page's style sheet",
    policy: null,
    rawResponse: 'text/css',
  }),
  listCities: endpoint({
    method: 'get',
    path: '/cities',
    summary: 'Cities on this platform',
    policy: null,
    response: cityListResponse,
  }),
  listPlans: endpoint({
    method: 'get',
    path: '/cities/{city}/plans',
    summary: "A city's plans with sectors and agencies",
    policy: null,
    response: planListResponse,
  }),
  planSummary: endpoint({
    method: 'get',
    path: '/cities/{city}/plans/{plan}/summary',
    summary:
      'Plan summary as of a date (same JSON as `netzero plan summary --json`); published data only',
    policy: null,
    query: summaryQuery,
    response: summaryResponse,
  }),
  measureDetail: endpoint({
    method: 'get',
    path: '/cities/{city}/plans/{plan}/measures/{sector}/{no}',
    summary: 'One measure: indicators, figures, expected line, qualitative results, explanations',
    policy: null,
    params: { no: wholeNumberParam },
    query: measureDetailQuery,
    response: measureDetailResponse,
  }),
};
