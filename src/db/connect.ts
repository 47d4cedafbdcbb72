import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { NetZeroError } from '../core/errors.js';
import { PGliteDialect } from './pglite-dialect.js';
import { pgliteExtensions } from './pglite-extensions.js';
import type { DB } from './schema.js';
import { createPgTypes } from './type-parsers.js';
import { type DatabaseEngine } from '../core/vocabulary/lists.js';

/** An open database: the one Kysely handle of the process, whichever engine is behind it. */
export interface Database {
  db: Kysely<DB>;
  engine: DatabaseEngine;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL. Defaults to DATABASE_URL unless `dataDir` is given. */
  databaseUrl?: string;
  /** PGlite's data directory. Defaults to NETZERO_DATA_DIR, else ./data/pglite. */
  dataDir?: string;
  /** An open PGlite to use; the Database takes ownership and closes it. */
  pglite?: PGlite;
}

/**
 * Opens PostgreSQL when a URL is given (or DATABASE_URL is set), otherwise PGlite on disk.
 * An explicit `dataDir` wins over the DATABASE_URL environment variable, so a caller that
 * names a directory never ends up writing to a server by accident.
 *
 * @example
 *   const database = await openDatabase({ dataDir: './data/pglite' });
 *   try { await migrateToLatest(database.db); } finally { await database.close(); }
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.pglite) return fromPGlite(options.pglite);
  const databaseUrl =
    options.databaseUrl ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  if (databaseUrl) return openPostgres(databaseUrl);
  const dataDir = resolve(options.dataDir ?? process.env.NETZERO_DATA_DIR ?? 'data/pglite');
  await mkdir(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, {
    startParams: PGLITE_START_PARAMS,
    extensions: pgliteExtensions,
  });
  await pglite.waitReady;
  return fromPGlite(pglite);
}

/**
 * PGlite's start parameters with a 32 MB buffer pool instead of PostgreSQL's 128 MB default.
 * PostgreSQL zeroes its pool when it starts, and PGlite starts with every command: 128 MB cost
 * ~0.2 s and ~110 MB of memory per start (measured: open 735–863 ms → 486–631 ms, peak RSS
 * 350 → 250 MB); the embedded database holds one city's data (Kaohsiung: 41 MB on disk) and
 * the operating system caches its files anyway.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

function fromPGlite(pglite: PGlite): Database {
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  // Kysely only destroys a driver it has used, so close PGlite ourselves as well.
  const close = async () => {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  };
  return { db, engine: 'pglite', close };
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  // Loaded only here: the embedded default never pays for the PostgreSQL driver.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, types: createPgTypes() });
  // An idle client that loses its server emits 'error' on the pool; unhandled, that would
  // crash the process. The pool discards the client and the next query opens a new one.
  pool.on('error', (error) => {
    console.error(`PostgreSQL connection lost (${redact(databaseUrl)}): ${error.message}`);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    // Fail here, with the server named, rather than at the first query deep in a command.
    // Going through Kysely also initialises its driver, so db.destroy() ends the pool.
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new NetZeroError(
      'INTERNAL',
      `cannot connect to PostgreSQL at ${redact(databaseUrl)}: ${describe(error)}`,
    );
  }
  return { db, engine: 'postgres', close: () => db.destroy() };
}

/** The URL without its password, fit for an error message. */
function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}

/** Node reports a refused connection as an AggregateError with an empty message. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return error.message || code || error.name;
}
