import type { ReactNode } from 'react';
import { usePlanSelection, type ResolvedSelection } from '../api/use-plan-selection.js';
import { Loaded } from './Feedback.js';

/** Renders `children` once the default cut-off date (the date the figures run to) is known. */
export function WithSelection({
  query,
  children,
}: {
  query: URLSearchParams;
  children: (resolved: ResolvedSelection) => ReactNode;
}) {
  const [resolved, retry] = usePlanSelection(query);
  return (
    <Loaded value={resolved} retry={retry}>
      {children}
    </Loaded>
  );
}
