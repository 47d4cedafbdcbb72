import { inspect } from 'node:util';
import { Migrator, sql, type Kysely } from 'kysely';
import { NetZeroError } from '../core/errors.js';
import { migrations } from './migrations/index.js';

/**
 * Brings the database to the latest migration. Kysely runs the pending migrations in one
 * transaction on PostgreSQL and PGlite, so a failure leaves the schema as it was.
 *
 * A database already at the latest migration is recognised by one read of Kysely's migration
 * table; Kysely's migrator (its lock table, an advisory lock, a transaction: 250–500 ms on a
 * freshly opened PGlite, against ~30 ms for the read) runs only when something differs. Every
 * CLI command pays this check, so it is worth the shortcut.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
  if (await isAtLatestMigration(db)) return;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const reason = error instanceof Error ? error.message : inspect(error);
  const failed = results.find((result) => result.status === 'Error');
  const message = failed
    ? `migration ${failed.migrationName} failed, so none of this run's migrations were applied: ${reason}`
    : `the migrations could not run: ${reason}`;
  throw new NetZeroError('INTERNAL', message);
}

/**
 * True when Kysely's migration table records exactly the migrations this code knows. Anything
 * else — no table yet, one missing, one this code does not know — goes to the migrator, which
 * applies or refuses as before.
 */
export async function isAtLatestMigration<T>(db: Kysely<T>): Promise<boolean> {
  // A new database has no such table: the read fails, and the migrator creates it.
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .catch(() => ({ rows: undefined }));
  if (!rows) return false;
  const recorded = new Set(rows.map((row) => row.name));
  const known = Object.keys(migrations);
  return recorded.size === known.length && known.every((name) => recorded.has(name));
}
