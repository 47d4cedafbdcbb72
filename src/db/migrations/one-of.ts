import { sql } from 'kysely';

/** `col IN ('a', 'b')` from a vocabulary list: a migration's CHECK never restates the words. */
export function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);
}
