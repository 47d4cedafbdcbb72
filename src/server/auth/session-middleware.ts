import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.js';
import { NetZeroError } from '../../core/errors.js';
import { forbidCaching } from '../security-headers.js';
import { CSRF_COOKIE, loadSession, SESSION_COOKIE, sameToken } from './sessions.js';

/** A cookie that does not decode is no cookie: a bad one must not break any request. */
function cookieOf(c: Context<AppEnv>, name: string): string | undefined {
  try {
    return getCookie(c, name);
  } catch {
    return undefined;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the session named by the cookie (if any), then refuses any state-changing request
 * without the right CSRF token in `X-CSRF-Token`: the session's token once signed in, the
 * `nz_csrf` cookie's before (so even sign-in cannot be forged from another site).
 */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { deps } = c.var;
  const session = await loadSession(deps.db, cookieOf(c, SESSION_COOKIE), deps.now());
  if (session) {
    forbidCaching(c);
    c.set('user', session.user);
    c.set('sessionId', session.tokenHash);
  }
  if (!safeMethods.has(c.req.method)) {
    const sent = c.req.header('X-CSRF-Token');
    const expected = session ? session.csrfToken : cookieOf(c, CSRF_COOKIE);
    if (!sameToken(sent, expected))
      throw new NetZeroError(
        'FORBIDDEN',
        'missing or wrong CSRF token: send the csrfToken from GET /api/v1/session as the X-CSRF-Token header',
        [{ path: 'X-CSRF-Token', message: sent ? 'does not match' : 'missing' }],
      );
  }
  await next();
};
