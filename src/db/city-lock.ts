import { sql, type Kysely } from 'kysely';
import type { Tables } from './tables.js';

/**
 * Serialises one kind of change to one city's data: a transaction-scoped advisory lock, held
 * until the caller's transaction commits or rolls back. Two writers that would both find a row
 * missing and both insert it (a unique index then refuses the second: a 500) take turns instead.
 * Must be called inside a transaction; on PGlite (one connection) it costs a query and no wait.
 */
export async function lockCity(trx: Kysely<Tables>, topic: string, city: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`netzero-${topic}:${city}`}))`.execute(trx);
}
