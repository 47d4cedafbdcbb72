import { auditedCities, verifyAudit } from '../../db/audit/verify-audit.js';
import { withDatabase } from '../database.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';

/** `netzero audit verify [--city C]`: recompute each city's chain; exit 1 at the first broken link. */
export async function auditVerify(
  { values }: Flags<{ city: 'string'; json: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const results = await withDatabase(io, async (db) => {
    const cities = values.city !== undefined ? [values.city] : await auditedCities(db);
    return Promise.all(cities.map((city) => verifyAudit(db, city)));
  });
  const ok = results.every((r) => r.ok);
  if (values.json) {
    io.out(JSON.stringify(results, null, 2));
    return ok ? 0 : 1;
  }
  for (const r of results) {
    if (r.ok) io.out(`${r.city}: ${r.entries} entries, chain intact.`);
    else
      io.err(
        `${r.city}: chain BROKEN at entry ${r.firstBroken?.seq ?? '?'}: ${r.firstBroken?.reason ?? ''}`,
      );
  }
  if (results.length === 0) io.out('No audit trail yet.');
  return ok ? 0 : 1;
}
