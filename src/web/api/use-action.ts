import { useCallback, useState } from 'react';
import { ApiError } from './api-error.js';

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs the call; errors are kept for the page to show, never thrown at React. */
  run: <T>(call: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

/** State of one button's request: busy while it runs, and the API's error if it failed. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(call: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
