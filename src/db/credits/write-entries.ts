import type { Kysely } from 'kysely';
import type { Tables } from '../tables.js';

/** One journal entry: serials of one issuance moved from one account to another. */
export interface EntryInput {
  debit: string;
  credit: string;
  project: string;
  period: number;
  first: number;
  last: number;
}

/**
 * Writes an operation's entries in order; the ledger's trigger (migration 0013) moves the blocks
 * as each is written and refuses what breaks an invariant.
 */
export async function writeEntries(
  trx: Kysely<Tables>,
  city: string,
  operationId: number,
  entries: readonly EntryInput[],
): Promise<void> {
  await trx
    .insertInto('credit_entries')
    .values(
      entries.map((e, index) => ({
        city_id: city,
        operation_id: operationId,
        position: index + 1,
        debit_account: e.debit,
        credit_account: e.credit,
        project_code: e.project,
        period_no: e.period,
        first_serial: e.first,
        last_serial: e.last,
      })),
    )
    .execute();
}
