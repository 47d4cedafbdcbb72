import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { selectCityRows } from '../city-scope.js';

export interface AuditVerification {
  city: string;
  ok: boolean;
  entries: number;
  /** The first entry whose hash, link or number does not follow from the one before. */
  firstBroken: { seq: number; reason: string } | null;
}

/**
 * Recomputes a city's chain from the first entry. Reads in pages so a long trail does not have
 * to fit in memory at once.
 */
export async function verifyAudit(
  db: Kysely<Tables>,
  city: string,
  pageSize = 1000,
): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows = await selectCityRows(db, 'audit_log', city)
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      entries++;
      const broken = (reason: string) => ({
        city,
        ok: false,
        entries,
        firstBroken: { seq: row.seq, reason },
      });
      if (row.seq !== expectedSeq)
        return broken(`entry ${expectedSeq} is missing (next is ${row.seq})`);
      if (row.prev_hash !== prevHash)
        return broken('prev_hash does not match the previous entry’s hash');
      if (auditHash(prevHash, row) !== row.hash)
        return broken('hash does not match the entry’s content: the entry was altered');
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < pageSize) return { city, ok: true, entries, firstBroken: null };
  }
}

/** The cities that have an audit trail. */
export async function auditedCities(db: Kysely<Tables>): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('city_id')
    .distinct()
    .orderBy('city_id')
    .execute();
  return rows.map((r) => r.city_id);
}
