import type { PlanListResponse } from '../../contracts/api/cities.js';
import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { PlanSummaryJson } from '../../contracts/plan-summary.js';
import { call } from './client.js';

export type PlanSummary = PlanSummaryJson;
export type PlanInfo = PlanListResponse[number];
export type MeasureSummary = PlanSummaryJson['measures'][number];
export type Status = MeasureSummary['status'];

export function fetchPlanSummary(
  city: string,
  plan: string,
  asOf: string,
  signal: AbortSignal,
): Promise<PlanSummary> {
  return call(endpoints.planSummary, { params: { city, plan }, query: { asOf }, signal });
}

export function fetchPlans(city: string, signal: AbortSignal): Promise<PlanListResponse> {
  return call(endpoints.listPlans, { params: { city }, signal });
}
