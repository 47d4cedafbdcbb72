import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SessionUser } from '../../contracts/api/session.js';
import { fetchSession, signIn, signOut } from '../api/session.js';

interface Session {
  /** undefined while the first answer is awaited; null when nobody is signed in. */
  user: SessionUser | null | undefined;
  signIn: (city: string, username: string, password: string) => Promise<SessionUser | null>;
  signOut: () => Promise<void>;
  /** Asks the server again: after a change that ended this session (your own new password). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      (session) => setUser(session.user),
      // No session endpoint or no answer: the public pages still work, signed out.
      () => {
        if (!controller.signal.aborted) setUser(null);
      },
    );
    return () => controller.abort();
  }, []);
  const doSignIn = useCallback(async (city: string, username: string, password: string) => {
    const session = await signIn(city, username, password);
    setUser(session.user);
    return session.user;
  }, []);
  const doSignOut = useCallback(async () => {
    await signOut();
    setUser(null);
    // A new token for the next sign-in on this page.
    await fetchSession().catch(() => undefined);
  }, []);
  const refresh = useCallback(async () => {
    const session = await fetchSession();
    setUser(session.user);
  }, []);
  const value = useMemo(
    () => ({ user, signIn: doSignIn, signOut: doSignOut, refresh }),
    [user, doSignIn, doSignOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}
