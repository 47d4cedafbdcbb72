import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error.js';

export type Loadable<T> =
  | {
      state: 'loading';
      /** The last answer to the same key, while it is asked again. */ previous?: T;
    }
  | { state: 'error'; error: ApiError }
  | { state: 'ready'; data: T };

/**
 * What to show: the answer, or while the same request runs again (a retry after a save) the
 * previous answer — so forms and messages beside a list are not unmounted by its reload.
 */
export function latest<T>(loadable: Loadable<T>): T | null {
  if (loadable.state === 'ready') return loadable.data;
  return loadable.state === 'loading' ? (loadable.previous ?? null) : null;
}

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
  // Kept for a retry of the same key only: another key's answer is another thing.
  const last = useRef<{ key: string; data: T } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const previous = last.current?.key === key ? last.current : null;
    setResult(previous ? { state: 'loading', previous: previous.data } : { state: 'loading' });
    load(controller.signal).then(
      (data) => {
        last.current = { key, data };
        setResult({ state: 'ready', data });
      },
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
