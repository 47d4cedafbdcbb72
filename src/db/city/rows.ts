import type { Insertable, Transaction } from 'kysely';
import { parseIsoPeriod } from '../../core/dates.js';
import type { Tables } from '../tables.js';

/**
 * PostgreSQL allows 65,535 bind parameters per statement; 1,000 rows of ≤ 15 columns stays far
 * below it while keeping round trips few.
 */
const CHUNK_ROWS = 1000;

/** Inserts rows in chunks of CHUNK_ROWS, in order. */
export async function insertInChunks<T extends keyof Tables>(
  trx: Transaction<Tables>,
  table: T,
  rows: readonly Insertable<Tables[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK_ROWS))
      .execute();
  }
}

/** jsonb notes: written as JSON text so both drivers store an array, not a PostgreSQL array. */
export function notesJson(notes: readonly string[] | undefined): string {
  return JSON.stringify(notes ?? []);
}

/** A canonical ISO interval as the two date columns. */
export function splitPeriod(period: string): { period_start: string; period_end: string } {
  const { start, end } = parseIsoPeriod(period, 'period');
  return { period_start: start, period_end: end };
}
