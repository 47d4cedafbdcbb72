import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessionEndpoints as e } from '../../contracts/api/endpoints/session.js';
import { recordAudit } from '../../db/audit/append-audit.js';
import { deleteExpiredSessions, deleteSession } from '../../db/accounts/sessions.js';
import { passwordHashOf } from '../../db/accounts/users.js';
import { findCity } from '../../db/city/cities.js';
import type { Tables } from '../../db/tables.js';
import { dummyHash, verifyPassword } from '../auth/password.js';
import {
  assertNotLocked,
  AttemptLimiter,
  clearFailures,
  forgetStaleFailures,
  recordFailure,
  type SignInAttempt,
} from '../auth/login-throttle.js';
import {
  createSession,
  CSRF_COOKIE,
  loadSession,
  newToken,
  SESSION_COOKIE,
  SESSION_HOURS,
} from '../auth/sessions.js';
import { clientAddress } from '../client-address.js';
import type { AppEnv } from '../context.js';
import { NetZeroError } from '../../core/errors.js';
import { route } from '../route.js';
import { forbidCaching } from '../security-headers.js';

const cookieBase = (c: Context<AppEnv>) => ({
  path: '/',
  httpOnly: true,
  secure: c.var.deps.secureCookies,
});

/** The CSRF token for a caller who is not signed in: the double-submit cookie, made on demand. */
function anonymousCsrf(c: Context<AppEnv>): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newToken();
  setCookie(c, CSRF_COOKIE, token, { ...cookieBase(c), sameSite: 'Strict' });
  return token;
}

/**
 * A failed sign-in joins the audit chain of the city it named, if that city exists (an
 * unknown city gets no chain of its own). The address is kept: it is what a review needs.
 */
async function auditFailure(db: Kysely<Tables>, attempt: SignInAttempt): Promise<void> {
  if (!(await findCity(db, attempt.city))) return;
  await recordAudit(db, {
    city: attempt.city,
    actor: attempt.username,
    action: 'session.login_failed',
    entity: 'session',
    entityKey: attempt.username,
    before: null,
    after: { address: attempt.address },
  });
}

export function sessionRoutes(limiter = new AttemptLimiter()) {
  return [
    route(e.getSession, {
      handle: async ({ c, deps }) => {
        forbidCaching(c);
        const session = await loadSession(deps.db, getCookie(c, SESSION_COOKIE), deps.now());
        return session
          ? { user: session.user, csrfToken: session.csrfToken }
          : { user: null, csrfToken: anonymousCsrf(c) };
      },
    }),
    route(e.signIn, {
      // Counted before the body is read: a flood of malformed sign-ins is limited too.
      limit: ({ c, deps }) =>
        limiter.hit(clientAddress(c, deps.trustedProxy), deps.now().getTime()),
      handle: async ({ c, deps, body }) => {
        forbidCaching(c);
        const now = deps.now();
        const attempt: SignInAttempt = {
          city: body.city,
          username: body.username,
          address: clientAddress(c, deps.trustedProxy),
        };
        await assertNotLocked(deps.db, attempt, now);
        const stored = await passwordHashOf(deps.db, body.city, body.username);
        // Verify against a dummy hash for unknown users: the answer takes as long either way,
        // and the failure counts the same, so neither timing nor a lockout reveals a name.
        const valid = await verifyPassword(body.password, stored ?? (await dummyHash()));
        if (!stored || !valid) {
          await recordFailure(deps.db, attempt, now);
          await auditFailure(deps.db, attempt);
          throw new NetZeroError('UNAUTHENTICATED', 'wrong city, username or password', [
            { path: 'password', message: 'not accepted' },
          ]);
        }
        await clearFailures(deps.db, attempt);
        // The sweep rides on sign-ins (a city's own, both engines alike): no job to schedule.
        await deleteExpiredSessions(deps.db, body.city, now);
        await forgetStaleFailures(deps.db, body.city, now);
        const previous = c.var.sessionId;
        if (previous && c.var.user) await deleteSession(deps.db, c.var.user.city, previous);
        const session = await createSession(deps.db, body.city, body.username, now);
        await recordAudit(deps.db, {
          city: body.city,
          actor: body.username,
          action: 'session.login',
          entity: 'session',
          entityKey: body.username,
          before: null,
          after: { expiresAt: session.expiresAt.toISOString() },
        });
        setCookie(c, SESSION_COOKIE, session.cookie, {
          ...cookieBase(c),
          sameSite: 'Lax',
          maxAge: SESSION_HOURS * 3600,
        });
        deleteCookie(c, CSRF_COOKIE, { path: '/' });
        const loaded = await loadSession(deps.db, session.cookie, now);
        if (!loaded) throw new NetZeroError('INTERNAL', 'the new session could not be read back');
        return { user: loaded.user, csrfToken: loaded.csrfToken };
      },
    }),
    route(e.signOut, {
      handle: async ({ c, deps, user }) => {
        const { sessionId } = c.var;
        if (user && sessionId) {
          await deleteSession(deps.db, user.city, sessionId);
          await recordAudit(deps.db, {
            city: user.city,
            actor: user.username,
            action: 'session.logout',
            entity: 'session',
            entityKey: user.username,
            before: null,
            after: null,
          });
        }
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    }),
  ];
}
