import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Checks the ledger's invariants from its own rows and says what is wrong, one line each (empty
 * when all hold): every account's balance from the journal equals what its blocks hold, no
 * holder is below zero, and every serial ever issued sits in exactly one block. The database
 * enforces these as it writes (migration 0013); this reads them back, for the concurrency test
 * and for `netzero platform credits check`.
 */
export async function checkLedger(db: Kysely<Tables>, city: string): Promise<string[]> {
  const problems: string[] = [];
  const { rows: balances } = await sql<{
    code: string;
    kind: string;
    journal: string;
    held: string;
  }>`
    WITH journal AS (
      SELECT a.code, a.kind,
        coalesce(sum(CASE WHEN e.credit_account = a.code THEN e.last_serial - e.first_serial + 1
                          ELSE -(e.last_serial - e.first_serial + 1) END), 0) AS balance
      FROM credit_accounts a
      LEFT JOIN credit_entries e ON e.city_id = a.city_id
        AND (e.credit_account = a.code OR e.debit_account = a.code)
      WHERE a.city_id = ${city}
      GROUP BY a.code, a.kind
    ), held AS (
      SELECT account, sum(last_serial - first_serial + 1) AS quantity
      FROM credit_blocks WHERE city_id = ${city} GROUP BY account
    )
    SELECT j.code, j.kind, j.balance::text AS journal, coalesce(h.quantity, 0)::text AS held
    FROM journal j LEFT JOIN held h ON h.account = j.code
    ORDER BY j.code`.execute(db);
  for (const b of balances) {
    const journal = Number(b.journal);
    if (b.kind !== 'issuance' && journal !== Number(b.held))
      problems.push(`${b.code}: the journal says ${journal}, its blocks hold ${b.held}`);
    if (b.kind !== 'issuance' && journal < 0) problems.push(`${b.code}: balance ${journal} < 0`);
  }
  const { rows: coverage } = await sql<{
    first_serial: number;
    last_serial: number;
    covered: string;
  }>`
    SELECT e.first_serial, e.last_serial,
      coalesce(sum(upper(r) - lower(r)), 0)::text AS covered
    FROM credit_entries e
    JOIN credit_accounts a ON a.city_id = e.city_id AND a.code = e.debit_account AND a.kind = 'issuance'
    LEFT JOIN LATERAL (
      SELECT int8range(b.first_serial, b.last_serial, '[]') * int8range(e.first_serial, e.last_serial, '[]') AS r
      FROM credit_blocks b
      WHERE b.city_id = e.city_id
        AND int8range(b.first_serial, b.last_serial, '[]') && int8range(e.first_serial, e.last_serial, '[]')
    ) pieces ON true
    WHERE e.city_id = ${city}
    GROUP BY e.first_serial, e.last_serial
    ORDER BY e.first_serial`.execute(db);
  for (const issue of coverage) {
    const issued = issue.last_serial - issue.first_serial + 1;
    if (Number(issue.covered) !== issued)
      problems.push(
        `serials ${issue.first_serial}–${issue.last_serial}: ${issue.covered} of ${issued} are in a block`,
      );
  }
  const { rows: strays } = await sql<{ first_serial: number; last_serial: number }>`
    SELECT b.first_serial, b.last_serial FROM credit_blocks b
    WHERE b.city_id = ${city} AND NOT EXISTS (
      SELECT 1 FROM credit_entries e
      JOIN credit_accounts a ON a.city_id = e.city_id AND a.code = e.debit_account AND a.kind = 'issuance'
      WHERE e.city_id = b.city_id AND e.first_serial <= b.first_serial AND b.last_serial <= e.last_serial)`.execute(
    db,
  );
  for (const s of strays)
    problems.push(`serials ${s.first_serial}–${s.last_serial} are held but were never issued`);
  return problems;
}
