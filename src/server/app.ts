import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { apiRoot, jsonBodyLimit } from '../contracts/api/endpoint.js';
import { endpointList } from '../contracts/api/endpoints/index.js';
import type { Tables } from '../db/tables.js';
import type { AppEnv, ServerDeps } from './context.js';
import { NetZeroError } from '../core/errors.js';
import { errorResponse } from './errors.js';
import { registerRoutes, type Route } from './route.js';
import { sessionMiddleware } from './auth/session-middleware.js';
import { auditRoutes } from './routes/audit.js';
import { committeeRoutes } from './routes/committee/index.js';
import { indicatorRoutes } from './routes/indicators/index.js';
// Registries (issue 17)
import { registryRoutes } from './routes/registries.js';
import { creditRoutes } from './routes/credits/index.js';
import { docsRoutes } from './routes/docs.js';
import { emissionsRoutes } from './routes/emissions.js';
import { openDataRoutes } from './routes/open-data.js';
import { reportRoutes } from './routes/reports.js';
import { ReportFiles } from './report-files.js';
import { publicRoutes } from './routes/public.js';
import { roundTemplateRoutes } from './routes/round-templates.js';
import { roundRoutes } from './routes/rounds.js';
import { sessionRoutes } from './routes/session.js';
import { submissionRoutes } from './routes/submissions.js';
import { userRoutes } from './routes/users.js';
import { AttemptLimiter } from './auth/login-throttle.js';
import { refuseMalformedPath } from './unsafe-text.js';
import { securityHeaders, strictTransportSecurity } from './security-headers.js';
import { compressResponses } from './compress-responses.js';
import { registerSiteFiles } from './site-files.js';
import { serveWeb } from './static-web.js';
import { PublicCache } from './summary-cache.js';
import { parseTrustedProxy } from './client-address.js';
import { type DatabaseEngine } from '../core/vocabulary/lists.js';

export interface AppOptions {
  db: Kysely<Tables>;
  engine: DatabaseEngine;
  /** The built web app (default dist/web); a page says so when it is missing. */
  webRoot?: string;
  secureCookies?: boolean;
  /** NETZERO_TRUSTED_PROXY: unset (ignore X-Forwarded-For), `1`, or proxy addresses. */
  trustedProxy?: string;
  cache?: PublicCache;
  now?: () => Date;
  log?: (error: unknown) => void;
  /** Sign-in attempts per client address (tests pass their own to count from zero). */
  loginLimiter?: AttemptLimiter;
  /** Report rendering (tests pass their own: a broken LibreOffice, a shorter queue). */
  reportFiles?: ReportFiles;
}

/** Every route of the API, each a handler attached to its declaration. */
export function apiRoutes(loginLimiter: AttemptLimiter): Route[] {
  return [
    ...publicRoutes,
    ...docsRoutes,
    ...sessionRoutes(loginLimiter),
    ...userRoutes,
    ...roundRoutes,
    ...submissionRoutes,
    ...roundTemplateRoutes,
    ...auditRoutes,
    ...emissionsRoutes,
    ...reportRoutes,
    ...openDataRoutes,
    ...committeeRoutes,
    ...indicatorRoutes,
    // Registries (issue 17)
    ...registryRoutes,
    ...creditRoutes,
  ];
}

/** The declared body limits, matched on the request's method and path (before the session). */
function bodyLimits(): (method: string, path: string) => number {
  const limits = endpointList
    .filter((e) => e.bodyLimit !== undefined)
    .map((e) => ({
      method: e.method.toUpperCase(),
      pattern: new RegExp(`^${apiRoot}${e.path.replace(/\{\w+\}/g, '[^/]+')}$`),
      bytes: e.bodyLimit ?? jsonBodyLimit,
    }));
  return (method, path) =>
    limits.find((l) => l.method === method && l.pattern.test(path))?.bytes ?? jsonBodyLimit;
}

/**
 * The whole HTTP application, without a socket: tests call `app.request()`, listen.ts serves it.
 * Pipeline per request: security headers → body limit → session → CSRF → the route its
 * declaration makes (authorize → validate → handler → reply through the contract; route.ts).
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  const deps: ServerDeps = {
    db: options.db,
    engine: options.engine,
    cache: options.cache ?? new PublicCache(),
    secureCookies: options.secureCookies ?? false,
    trustedProxy: parseTrustedProxy(options.trustedProxy),
    now: options.now ?? (() => new Date()),
    log,
    reportFiles: options.reportFiles ?? new ReportFiles({ log }),
  };
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  if (deps.secureCookies) app.use('*', strictTransportSecurity);
  app.use('*', async (c, next) => {
    refuseMalformedPath(c.req.url, apiRoot);
    await next();
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('user', null);
    c.set('sessionId', null);
    await next();
  });
  app.use(`${apiRoot}/*`, compressResponses);
  const tooLarge = (): never => {
    throw new NetZeroError('PAYLOAD_TOO_LARGE', 'the request body is too large');
  };
  const limitOf = bodyLimits();
  const limiters = new Map<number, ReturnType<typeof bodyLimit>>();
  const limiterFor = (bytes: number) => {
    let limiter = limiters.get(bytes);
    if (!limiter) limiters.set(bytes, (limiter = bodyLimit({ maxSize: bytes, onError: tooLarge })));
    return limiter;
  };
  app.use(`${apiRoot}/*`, (c, next) =>
    // hono's middleware types its Context input as `any`; the call is what use() itself does.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    limiterFor(limitOf(c.req.method, c.req.path))(c, next),
  );
  app.use(`${apiRoot}/*`, sessionMiddleware);
  registerRoutes(app, apiRoutes(options.loginLimiter ?? new AttemptLimiter()));
  app.all('/api/*', () => {
    throw new NetZeroError('NOT_FOUND', 'no such API endpoint; see /api/v1/docs');
  });
  registerSiteFiles(app);
  app.get('*', serveWeb(options.webRoot ?? 'dist/web'));
  app.onError((error, c) => errorResponse(c, error, deps.log));
  return app;
}
