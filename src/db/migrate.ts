import { inspect } from 'node:util';
import { Migrator, type Kysely } from 'kysely';
import { NetZeroError } from '../core/errors.js';
import { migrations } from './migrations/index.js';

/**
 * Brings the database to the latest migration. Kysely runs the pending migrations in one
 * transaction on PostgreSQL and PGlite, so a failure leaves the schema as it was.
 */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
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
