import { measureDetailResponse, type MeasureDetail } from '../../contracts/api/measures.js';
import type { PlanSelection } from '../app/plan-context.js';
import { apiRequest } from './client.js';
import { useApi, type Loadable } from './use-api.js';

export type { MeasureDetail };
export type MeasureIndicator = MeasureDetail['indicators'][number];

export function useMeasureDetail(
  selection: PlanSelection,
  sector: string,
  no: number,
): [Loadable<MeasureDetail>, () => void] {
  const { city, plan, asOf } = selection;
  const path =
    `/cities/${encodeURIComponent(city)}/plans/${encodeURIComponent(plan)}` +
    `/measures/${encodeURIComponent(sector)}/${no}?asOf=${encodeURIComponent(asOf)}`;
  return useApi(path, (signal) => apiRequest(path, measureDetailResponse, { signal }));
}
