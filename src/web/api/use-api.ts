import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api-error.js';

export type Loadable<T> =
  { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: T };

/**
 * Runs `load` whenever `key` changes and cancels the previous call, so a quick filter change
 * never shows an older answer over a newer one.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => setResult({ state: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', String(error));
        setResult({ state: 'error', error: apiError });
      },
    );
    return () => controller.abort();
    // `load` is a new closure each render; `key` says when what it loads changes.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, retry];
}
