import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../contracts/api/session.js';
import { findSession, insertSession } from '../../db/accounts/sessions.js';
import { findUser } from '../../db/accounts/users.js';
import type { Tables } from '../../db/tables.js';

/** Sessions last 8 hours (a working day), then the user signs in again. */
export const SESSION_HOURS = 8;
export const SESSION_COOKIE = 'nz_session';
/** Before sign-in, the CSRF token lives in a cookie of its own (double submit). */
export const CSRF_COOKIE = 'nz_csrf';

export const newToken = () => randomBytes(32).toString('base64url');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The cookie value is `city.token`: the city picks the partition, the token proves the session. */
export function parseSessionCookie(
  value: string | undefined,
): { city: string; token: string } | null {
  // Anything but what createSession writes is no session (a NUL would fail the query).
  if (!value || !/^[a-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/.test(value)) return null;
  const dot = value.indexOf('.');
  return { city: value.slice(0, dot), token: value.slice(dot + 1) };
}

export async function createSession(
  db: Kysely<Tables>,
  city: string,
  username: string,
  now: Date,
): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await insertSession(db, {
    city,
    tokenHash: sha256(token),
    username,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  });
  return { cookie: `${city}.${token}`, csrfToken, expiresAt };
}

export interface LoadedSession {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

export async function loadSession(
  db: Kysely<Tables>,
  cookie: string | undefined,
  now: Date,
): Promise<LoadedSession | null> {
  const parsed = parseSessionCookie(cookie);
  if (!parsed) return null;
  const tokenHash = sha256(parsed.token);
  const row = await findSession(db, parsed.city, tokenHash);
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
  const user = await findUser(db, parsed.city, row.username);
  if (!user) return null;
  return {
    user: {
      city: user.city,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      agencies: user.agencies,
    },
    csrfToken: row.csrfToken,
    tokenHash,
  };
}

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
