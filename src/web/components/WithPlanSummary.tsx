import type { ReactNode } from 'react';
import { usePlanSummary, type PlanData } from '../api/use-plan-summary.js';
import type { PlanSelection } from '../app/plan-context.js';
import { AsOfForm } from './AsOfForm.js';
import { Loaded } from './Feedback.js';
import { WithSelection } from './WithSelection.js';

/**
 * The plan's summary at the chosen cut-off, under the form that chooses the cut-off; `lead`
 * goes above the form (it gets the summary once loaded, null before).
 */
export function WithPlanSummary({
  query,
  lead,
  children,
}: {
  query: URLSearchParams;
  lead?: (selection: PlanSelection, data: PlanData | null) => ReactNode;
  children: (data: PlanData) => ReactNode;
}) {
  return (
    <WithSelection query={query}>
      {({ selection, dataThrough }) => (
        <Summary selection={selection} dataThrough={dataThrough} query={query} lead={lead}>
          {children}
        </Summary>
      )}
    </WithSelection>
  );
}

function Summary({
  selection,
  dataThrough,
  query,
  lead,
  children,
}: {
  selection: PlanSelection;
  dataThrough: string | null;
  query: URLSearchParams;
  lead: ((selection: PlanSelection, data: PlanData | null) => ReactNode) | undefined;
  children: (data: PlanData) => ReactNode;
}) {
  const [summary, retry] = usePlanSummary(selection);
  return (
    <>
      {lead?.(selection, summary.state === 'ready' ? summary.data : null)}
      <AsOfForm
        key={selection.asOf}
        asOf={selection.asOf}
        query={query}
        dataThrough={dataThrough}
      />
      <Loaded value={summary} retry={retry}>
        {children}
      </Loaded>
    </>
  );
}
