import { useCallback, useEffect, useState } from 'react';
import type { UserResponse } from '../../../contracts/api/users.js';
import { listUsers } from '../../api/reporting.js';
import { useApi, type Loadable } from '../../api/use-api.js';

export interface UserList {
  /** The latest list, kept while a reload runs so open forms and their messages stay. */
  rows: readonly UserResponse[] | null;
  loaded: Loadable<readonly UserResponse[]>;
  reload: () => void;
  retry: () => void;
}

export function useUserList(city: string): UserList {
  const [generation, setGeneration] = useState(0);
  const [loaded, retry] = useApi(`users/${city}/${generation}`, (signal) =>
    listUsers(city, signal),
  );
  const [kept, setKept] = useState<readonly UserResponse[] | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setKept(loaded.data);
  }, [loaded]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { rows: loaded.state === 'ready' ? loaded.data : kept, loaded, reload, retry };
}
