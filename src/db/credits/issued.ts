import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/** Credits issued so far from one monitoring period, from the journal. */
export async function issuedFromPeriod(
  db: Kysely<Tables>,
  city: string,
  projectCode: string,
  no: number,
): Promise<number> {
  const { rows } = await sql<{ issued: string }>`
    SELECT coalesce(sum(e.last_serial - e.first_serial + 1), 0)::text AS issued
    FROM credit_entries e
    JOIN credit_accounts a ON a.city_id = e.city_id AND a.code = e.debit_account
    WHERE e.city_id = ${city} AND a.kind = 'issuance'
      AND e.project_code = ${projectCode} AND e.period_no = ${no}`.execute(db);
  return Number(rows[0]?.issued ?? 0);
}
