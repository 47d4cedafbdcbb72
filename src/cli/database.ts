import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Tables } from '../db/tables.js';
import type { CliIo } from './io.js';

/**
 * Opens the database the environment names (DATABASE_URL → PostgreSQL, otherwise PGlite in
 * NETZERO_DATA_DIR or ./data/pglite), brings it to the latest migration, runs `fn`, closes it.
 */
export async function withDatabase<T>(
  io: CliIo,
  fn: (db: Kysely<Tables>, database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({
    databaseUrl: io.env.DATABASE_URL,
    dataDir: io.env.NETZERO_DATA_DIR,
  });
  try {
    await migrateToLatest(database.db);
    return await fn(database.db, database);
  } finally {
    await database.close();
  }
}
