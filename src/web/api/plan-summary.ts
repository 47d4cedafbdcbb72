import { planListResponse, type PlanListResponse } from '../../contracts/api/cities.js';
import { planSummarySchema, type PlanSummaryJson } from '../../contracts/plan-summary.js';
import { apiRequest } from './client.js';

export type PlanSummary = PlanSummaryJson;
export type PlanInfo = PlanListResponse[number];
export type MeasureSummary = PlanSummaryJson['measures'][number];
export type Status = MeasureSummary['status'];

const cityPath = (city: string) => `/cities/${encodeURIComponent(city)}`;

export function fetchPlanSummary(
  city: string,
  plan: string,
  asOf: string,
  signal: AbortSignal,
): Promise<PlanSummary> {
  const path = `${cityPath(city)}/plans/${encodeURIComponent(plan)}/summary`;
  return apiRequest(`${path}?asOf=${encodeURIComponent(asOf)}`, planSummarySchema, { signal });
}

export function fetchPlans(city: string, signal: AbortSignal): Promise<PlanListResponse> {
  return apiRequest(`${cityPath(city)}/plans`, planListResponse, { signal });
}
