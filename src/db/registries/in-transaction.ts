import type { Kysely } from 'kysely';
import { lockCity } from '../city-lock.js';
import type { Tables } from '../tables.js';

/**
 * Runs `work` in the caller's transaction when there is one (a whole city imported at once),
 * else in a transaction of its own: a registry's writes are all or nothing either way. The
 * city's registries are locked first, so two imports adding one new case (or two first
 * definitions of one kind) take turns instead of colliding on the unique key.
 */
export function inTransaction<T>(
  db: Kysely<Tables>,
  city: string,
  work: (trx: Kysely<Tables>) => Promise<T>,
): Promise<T> {
  const locked = async (trx: Kysely<Tables>) => {
    await lockCity(trx, 'registries', city);
    return work(trx);
  };
  return db.isTransaction ? locked(db) : db.transaction().execute(locked);
}
