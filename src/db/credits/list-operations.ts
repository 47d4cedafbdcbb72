import type { Kysely } from 'kysely';
import type { OperationResponse } from '../../contracts/api/credits.js';
import type { CreditOperationKind } from '../../core/credits/vocabulary.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/**
 * Who reads the ledger: the registry (the secretariat and reviewers) sees every operation; the
 * public sees what a public registry shows, issues and retirements.
 */
export type LedgerAudience = 'registry' | 'public';
const publicKinds: readonly CreditOperationKind[] = ['issue', 'retire'];

export interface OperationFilter {
  audience: LedgerAudience;
  id?: number;
  /** Only the operations, and of each only the serials, of this project. */
  project?: string;
}

/**
 * Recorded operations in the order they were recorded, each with the serials it moved and the
 * holders on either side (a system account shows as null).
 */
export async function listOperations(
  db: Kysely<Tables>,
  city: string,
  filter: OperationFilter,
): Promise<OperationResponse[]> {
  let query = selectCityRows(db, 'credit_operations', city)
    .innerJoin('credit_entries as e', (j) =>
      onSameCity(j, ['e.operation_id', 'credit_operations.id']),
    )
    .innerJoin('credit_accounts as d', (j) => onSameCity(j, ['d.code', 'e.debit_account']))
    .innerJoin('credit_accounts as c', (j) => onSameCity(j, ['c.code', 'e.credit_account']))
    .select([
      'credit_operations.id',
      'credit_operations.kind',
      'credit_operations.on_date',
      'credit_operations.at',
      'credit_operations.reference',
      'credit_operations.note',
      'd.code as debit_code',
      'd.name as debit_name',
      'd.kind as debit_kind',
      'c.code as credit_code',
      'c.name as credit_name',
      'c.kind as credit_kind',
      'e.project_code',
      'e.period_no',
      'e.first_serial',
      'e.last_serial',
    ]);
  if (filter.id !== undefined) query = query.where('credit_operations.id', '=', filter.id);
  if (filter.project !== undefined) query = query.where('e.project_code', '=', filter.project);
  if (filter.audience === 'public')
    query = query.where('credit_operations.kind', 'in', publicKinds);
  const rows = await query.orderBy('credit_operations.id').orderBy('e.position').execute();
  const operations = new Map<number, OperationResponse>();
  for (const row of rows) {
    const serial = {
      project: row.project_code,
      period: row.period_no,
      first: row.first_serial,
      last: row.last_serial,
      quantity: row.last_serial - row.first_serial + 1,
    };
    const known = operations.get(row.id);
    if (known) {
      known.serials.push(serial);
      known.quantity += serial.quantity;
      continue;
    }
    operations.set(row.id, {
      id: row.id,
      kind: row.kind,
      on: row.on_date,
      at: row.at,
      from: row.debit_kind === 'holder' ? { code: row.debit_code, name: row.debit_name } : null,
      to: row.credit_kind === 'holder' ? { code: row.credit_code, name: row.credit_name } : null,
      quantity: serial.quantity,
      serials: [serial],
      reference: row.reference,
      note: row.note,
    });
  }
  return [...operations.values()];
}
