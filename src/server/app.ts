import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { maxTemplateUploadBytes } from '../contracts/api/round-templates.js';
import { maxAttachmentBytes } from '../contracts/api/submissions.js';
import type { Tables } from '../db/tables.js';
import type { AppEnv, ServerDeps } from './context.js';
import { ApiFailure, errorResponse } from './errors.js';
import { sessionMiddleware } from './auth/session-middleware.js';
import { auditRoutes } from './routes/audit.js';
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
import { securityHeaders } from './security-headers.js';
import { serveWeb } from './static-web.js';
import { PublicCache } from './summary-cache.js';
import { type DatabaseEngine } from '../core/vocabulary/lists.js';

export interface AppOptions {
  db: Kysely<Tables>;
  engine: DatabaseEngine;
  /** The built web app (default dist/web); a page says so when it is missing. */
  webRoot?: string;
  secureCookies?: boolean;
  cache?: PublicCache;
  now?: () => Date;
  log?: (error: unknown) => void;
  /** Sign-in attempts per client address (tests pass their own to count from zero). */
  loginLimiter?: AttemptLimiter;
  /** Report rendering (tests pass their own: a broken LibreOffice, a shorter queue). */
  reportFiles?: ReportFiles;
}

const jsonLimit = 256 * 1024;

/**
 * The whole HTTP application, without a socket: tests call `app.request()`, listen.ts serves it.
 * Pipeline per request: security headers → body limit → session → CSRF → route (validate →
 * authorize → domain call → present through the contract).
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? ((error: unknown) => console.error(error));
  const deps: ServerDeps = {
    db: options.db,
    engine: options.engine,
    cache: options.cache ?? new PublicCache(),
    secureCookies: options.secureCookies ?? false,
    now: options.now ?? (() => new Date()),
    log,
    reportFiles: options.reportFiles ?? new ReportFiles({ log }),
  };
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('user', null);
    c.set('sessionId', null);
    await next();
  });
  const tooLarge = (): never => {
    throw new ApiFailure('PAYLOAD_TOO_LARGE', 'the request body is too large');
  };
  const smallBodies = bodyLimit({ maxSize: jsonLimit, onError: tooLarge });
  const attachmentBodies = bodyLimit({ maxSize: maxAttachmentBytes + 1024, onError: tooLarge });
  const templateBodies = bodyLimit({ maxSize: maxTemplateUploadBytes, onError: tooLarge });
  const limitFor = (path: string) =>
    path.endsWith('/attachments')
      ? attachmentBodies
      : path.endsWith('/template')
        ? templateBodies
        : smallBodies;
  app.use('/api/v1/*', (c, next) =>
    // hono's middleware types its Context input as `any`; the call is what use() itself does.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
    limitFor(c.req.path)(c, next),
  );
  app.use('/api/v1/*', sessionMiddleware);
  app.route('/api/v1', publicRoutes);
  app.route('/api/v1', docsRoutes);
  app.route('/api/v1', sessionRoutes(options.loginLimiter ?? new AttemptLimiter()));
  app.route('/api/v1', userRoutes);
  app.route('/api/v1', roundRoutes);
  app.route('/api/v1', submissionRoutes);
  app.route('/api/v1', roundTemplateRoutes);
  app.route('/api/v1', auditRoutes);
  app.route('/api/v1', emissionsRoutes);
  // Report and open-data downloads (report-downloads).
  app.route('/api/v1', reportRoutes);
  app.route('/api/v1', openDataRoutes);
  app.all('/api/*', () => {
    throw new ApiFailure('NOT_FOUND', 'no such API endpoint; see /api/v1/docs');
  });
  app.get('*', serveWeb(options.webRoot ?? 'dist/web'));
  app.onError((error, c) => errorResponse(c, error, deps.log));
  return app;
}
