import { okSchema } from '../../contracts/api/common.js';
import { sessionResponse, type SessionResponse } from '../../contracts/api/session.js';
import { apiRequest, setCsrfToken } from './client.js';

/** Reads who is signed in and keeps the CSRF token every later write must carry. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await apiRequest('/session', sessionResponse, signal ? { signal } : {});
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signIn(
  city: string,
  username: string,
  password: string,
): Promise<SessionResponse> {
  const session = await apiRequest('/session', sessionResponse, {
    method: 'POST',
    body: { city, username, password },
  });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await apiRequest('/session', okSchema, { method: 'DELETE' });
  setCsrfToken(null);
}
