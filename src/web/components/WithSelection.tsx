import type { ReactNode } from 'react';
import { usePlanSelection, type ResolvedSelection } from '../api/use-plan-selection.js';
import { ErrorMessage, Loading } from './Feedback.js';

/** Renders `children` once the default cut-off date (the date the figures run to) is known. */
export function WithSelection({
  query,
  children,
}: {
  query: URLSearchParams;
  children: (resolved: ResolvedSelection) => ReactNode;
}) {
  const [resolved, retry] = usePlanSelection(query);
  if (resolved.state === 'loading') return <Loading />;
  if (resolved.state === 'error') return <ErrorMessage error={resolved.error} onRetry={retry} />;
  return <>{children(resolved.data)}</>;
}
