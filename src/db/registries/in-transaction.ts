import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Runs `work` in the caller's transaction when there is one (a whole city imported at once),
 * else in a transaction of its own: a registry's writes are all or nothing either way.
 */
export function inTransaction<T>(
  db: Kysely<Tables>,
  work: (trx: Kysely<Tables>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
