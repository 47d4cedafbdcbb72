import type { Kysely } from 'kysely';
import type { Tables } from './tables.js';

/**
 * Runs `read` on one snapshot of the database (REPEATABLE READ, READ ONLY). A report or an
 * export reads a dozen tables, in parallel on PostgreSQL's pool; without one snapshot, a
 * submission approved or a city re-imported meanwhile could give it old measures with new
 * figures. READ ONLY makes any write attempted inside `read` fail instead of slipping in.
 * Inside a transaction already, `read` shares that transaction's view.
 */
export function readConsistently<T>(
  db: Kysely<Tables>,
  read: (snapshot: Kysely<Tables>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return read(db);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(read);
}
