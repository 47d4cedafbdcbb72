import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { SessionResponse } from '../../contracts/api/session.js';
import { call, setCsrfToken } from './client.js';

/** Reads who is signed in and keeps the CSRF token every later write must carry. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await call(endpoints.getSession, signal ? { signal } : {});
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signIn(
  city: string,
  username: string,
  password: string,
): Promise<SessionResponse> {
  const session = await call(endpoints.signIn, { body: { city, username, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await call(endpoints.signOut, {});
  setCsrfToken(null);
}
