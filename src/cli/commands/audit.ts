import { auditedCities, verifyAudit } from '../../db/audit/verify-audit.js';
import { parseFlags } from '../args.js';
import { withDatabase } from '../database.js';
import type { CliIo } from '../io.js';
import { subcommands } from '../subcommands.js';

/** `netzero audit verify [--city C]`: recompute each city's chain; exit 1 at the first broken link. */
export const auditCommand = subcommands('audit', { verify: auditVerify });

async function auditVerify(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, { city: { type: 'string' } });
  const results = await withDatabase(io, async (db) => {
    const cities = values.city !== undefined ? [values.city] : await auditedCities(db);
    return Promise.all(cities.map((city) => verifyAudit(db, city)));
  });
  let ok = true;
  for (const r of results) {
    if (r.ok) io.out(`${r.city}: ${r.entries} entries, chain intact.`);
    else {
      ok = false;
      io.err(
        `${r.city}: chain BROKEN at entry ${r.firstBroken?.seq ?? '?'}: ${r.firstBroken?.reason ?? ''}`,
      );
    }
  }
  if (results.length === 0) io.out('No audit trail yet.');
  return ok ? 0 : 1;
}
