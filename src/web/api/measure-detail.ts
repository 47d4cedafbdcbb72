import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { MeasureDetail } from '../../contracts/api/measures.js';
import type { PlanSelection } from '../app/plan-context.js';
import { call } from './client.js';
import { useApi, type Loadable } from './use-api.js';

export type { MeasureDetail };
export type MeasureIndicator = MeasureDetail['indicators'][number];

export function useMeasureDetail(
  selection: PlanSelection,
  sector: string,
  no: number,
): [Loadable<MeasureDetail>, () => void] {
  const { city, plan, asOf } = selection;
  return useApi(`measure/${city}/${plan}/${sector}/${no}/${asOf}`, (signal) =>
    call(endpoints.measureDetail, {
      params: { city, plan, sector, no },
      query: { asOf },
      signal,
    }),
  );
}
