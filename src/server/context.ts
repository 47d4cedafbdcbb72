import type { Kysely } from 'kysely';
import type { SessionUser } from '../contracts/api/session.js';
import type { Tables } from '../db/tables.js';
import type { TrustedProxy } from './client-address.js';
import type { ReportFiles } from './report-files.js';
import type { PublicCache } from './summary-cache.js';
import { type DatabaseEngine } from '../core/vocabulary/lists.js';

export interface ServerDeps {
  db: Kysely<Tables>;
  engine: DatabaseEngine;
  cache: PublicCache;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Who may name the client in X-Forwarded-For (NETZERO_TRUSTED_PROXY). */
  trustedProxy: TrustedProxy;
  now: () => Date;
  log: (error: unknown) => void;
  /** Renders report snapshots for download (one LibreOffice conversion at a time). */
  reportFiles: ReportFiles;
}

/** What each request carries through the pipeline. */
export interface AppEnv {
  Variables: {
    deps: ServerDeps;
    /** Null for anonymous callers. */
    user: SessionUser | null;
    sessionId: string | null;
  };
}
