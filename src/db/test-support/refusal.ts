import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import { NetZeroError } from '../../core/errors.js';
import type { Tables } from '../tables.js';

/** Row counts of the tables a write touches: equal before and after a refusal. */
export async function rowCounts(
  db: Kysely<Tables>,
  tables: readonly (keyof Tables)[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{
      n: string | number;
    }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
    out[table] = Number(rows[0]?.n);
  }
  return out;
}

/**
 * The NetZeroError a refused write throws, after checking it wrote nothing to `tables`; fails
 * the test if the write succeeds or throws anything else.
 */
export async function refusedWithNothingWritten(
  db: Kysely<Tables>,
  tables: readonly (keyof Tables)[],
  write: () => Promise<unknown>,
): Promise<NetZeroError> {
  const before = await rowCounts(db, tables);
  const error = await write().then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(await rowCounts(db, tables)).toEqual(before);
  if (!(error instanceof NetZeroError)) throw error;
  return error;
}
