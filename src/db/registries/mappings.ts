import type { Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import type { ColumnMapping } from '../../core/registries/definition.js';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** The column mapping a kind's keeping agency last imported with, if any. */
export async function savedMapping(
  db: Kysely<Tables>,
  city: string,
  kind: string,
): Promise<ColumnMapping | null> {
  const row = await selectCityRows(db, 'registry_mappings', city)
    .select('mapping')
    .where('kind_code', '=', kind)
    .executeTakeFirst();
  return row?.mapping ?? null;
}

/**
 * Keeps `mapping` as the kind's mapping, in the caller's transaction (the import it worked for);
 * the same mapping again writes nothing. Audited with the mapping before and after.
 */
export async function saveMapping(
  trx: Kysely<Tables>,
  city: string,
  kind: string,
  mapping: ColumnMapping,
  actor: string,
): Promise<void> {
  const before = await savedMapping(trx, city, kind);
  if (isDeepStrictEqual(before, mapping)) return;
  await trx
    .insertInto('registry_mappings')
    .values({ city_id: city, kind_code: kind, mapping: JSON.stringify(mapping), saved_by: actor })
    .onConflict((oc) =>
      oc.columns(['city_id', 'kind_code']).doUpdateSet({
        mapping: JSON.stringify(mapping),
        saved_by: actor,
        saved_at: new Date().toISOString(),
      }),
    )
    .execute();
  await appendAudit(trx, {
    city,
    actor,
    action: 'registry.mapping',
    entity: 'registry_kind',
    entityKey: kind,
    before,
    after: mapping,
  });
}
