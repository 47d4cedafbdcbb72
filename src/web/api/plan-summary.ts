import { planSummarySchema, type PlanSummaryJson } from '../../contracts/plan-summary.js';
import { apiRequest } from './client.js';

export type PlanSummary = PlanSummaryJson;
export type MeasureSummary = PlanSummaryJson['measures'][number];
export type IndicatorSummary = MeasureSummary['indicators'][number];
export type Status = MeasureSummary['status'];
export const statuses: readonly Status[] = [
  'achieved',
  'on_track',
  'lagging',
  'no_data',
  'observation',
];

export function fetchPlanSummary(
  city: string,
  plan: string,
  asOf: string,
  signal: AbortSignal,
): Promise<PlanSummary> {
  const path = `/cities/${encodeURIComponent(city)}/plans/${encodeURIComponent(plan)}/summary`;
  return apiRequest(`${path}?asOf=${encodeURIComponent(asOf)}`, planSummarySchema, { signal });
}
