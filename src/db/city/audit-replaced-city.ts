import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/**
 * The city's own work that an `import --replace` deletes by cascade with the old city: the
 * document does not carry accounts, rounds and their submissions, discussions and evidence, or
 * frozen reports, so they are gone after the import (the audit trail itself is kept).
 */
const replacedTables = [
  'users',
  'sessions',
  'reporting_rounds',
  'submissions',
  'discussion_threads',
  'discussion_comments',
  'attachments',
  'report_snapshots',
  'measures',
  'results',
] as const;

/**
 * Records in the audit trail, inside the replacing transaction and before the delete, how many
 * rows of each kind the replace removes, so the loss is visible and attributed.
 */
export async function auditReplacedCity(
  trx: Kysely<Tables>,
  city: string,
  actor: string,
): Promise<void> {
  const deleted: Record<string, number> = {};
  for (const table of replacedTables) {
    const row = await selectCityRows(trx, table, city)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    deleted[table] = Number(row.n);
  }
  await appendAudit(trx, {
    city,
    actor,
    action: 'city.import_replace',
    entity: 'city',
    entityKey: city,
    before: { deleted },
    after: null,
  });
}
