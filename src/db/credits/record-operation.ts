import type { Kysely } from 'kysely';
import type { OperationInput, OperationResponse } from '../../contracts/api/credits.js';
import {
  creditProblem,
  issuableCredits,
  parseCreditQuantity,
} from '../../core/credits/quantity.js';
import { countOf, pickSerials, type SerialRange } from '../../core/credits/serials.js';
import { NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { lockCity } from '../city-lock.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { ensureSystemAccounts, holderAt, systemAccount } from './accounts.js';
import { issuedFromPeriod } from './issued.js';
import { listOperations } from './list-operations.js';
import { refusedByLedger } from './ledger-errors.js';
import { writeEntries } from './write-entries.js';
import { periodAt } from './periods.js';
import { projectAt } from './projects.js';

/** One entry to write: serials of one issuance, from one account to another. */
interface Piece extends SerialRange {
  project: string;
  period: number;
}

/**
 * Records one ledger operation — issue, transfer, use or retire — in one transaction: the
 * account it debits is locked before its holdings are read, so two operations from one holder
 * run one after the other and the second sees what the first left. FOR NO KEY UPDATE, not FOR
 * UPDATE: the entries' foreign keys take FOR KEY SHARE on the accounts they name at commit, and
 * FOR UPDATE would make a transfer A→B and one B→A wait on each other (a deadlock, found by the
 * concurrency test); NO KEY UPDATE still excludes a second debit of the same holder. Issues take
 * the lowest free serials under a per-city lock. The database's trigger checks every entry again
 * (migration 0013); anything it refuses comes back as a CONFLICT and nothing is written.
 *
 * Refused with a coded issue: a quantity not a whole number above zero, an unknown holder or
 * project, an issue from an unverified period or beyond its verified tonnes, moving more than
 * the holder holds. An idempotency key seen before returns that operation and writes nothing.
 */
export async function recordOperation(
  db: Kysely<Tables>,
  city: string,
  input: OperationInput,
  actor: string,
): Promise<OperationResponse> {
  const quantity = parseCreditQuantity(input.quantity, 'quantity');
  const id = await refusedByLedger(() =>
    db.transaction().execute(async (trx) => {
      const replayed = await replay(trx, city, input);
      if (replayed !== null) return replayed;
      await ensureSystemAccounts(trx, city);
      let debit: string;
      let credit: string;
      let pieces: Piece[];
      if (input.kind === 'issue') {
        debit = systemAccount('issuance');
        credit = (await holderAt(trx, city, input.to, 'to')).code;
        pieces = [await issuePiece(trx, city, input, quantity)];
      } else {
        debit = (await holderAt(trx, city, input.from, 'from')).code;
        credit =
          input.kind === 'transfer'
            ? (await holderAt(trx, city, input.to, 'to')).code
            : systemAccount(input.kind === 'use' ? 'use' : 'retirement');
        if (debit === credit)
          throw creditProblem(
            'VALIDATION_FAILED',
            'to',
            'same_holder',
            'a holder cannot transfer to itself',
          );
        if (input.project !== null) await projectAt(trx, city, input.project, 'project');
        pieces = await takeFromHolder(trx, city, debit, input.project, quantity);
      }
      const operation = await trx
        .insertInto('credit_operations')
        .values({
          city_id: city,
          kind: input.kind,
          project_code: input.kind === 'issue' ? input.project : null,
          period_no: input.kind === 'issue' ? input.period : null,
          on_date: input.on,
          reference: input.kind === 'use' || input.kind === 'retire' ? input.reference : null,
          note: input.note,
          idempotency_key: input.idempotencyKey,
          actor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeEntries(
        trx,
        city,
        operation.id,
        pieces.map((piece) => ({ ...piece, debit, credit })),
      );
      await appendAudit(trx, {
        city,
        actor,
        action: `credits.${input.kind}`,
        entity: 'credit_operation',
        entityKey: String(operation.id),
        before: null,
        after: { ...input, debit, credit, serials: pieces },
      });
      return operation.id;
    }),
  );
  const [recorded] = await listOperations(db, city, { id, audience: 'registry' });
  if (!recorded) throw new Error(`credit operation ${id} recorded but not found`);
  return recorded;
}

/** The operation an idempotency key already recorded, or null; another kind is a CONFLICT. */
async function replay(trx: Kysely<Tables>, city: string, input: OperationInput) {
  if (input.idempotencyKey === null) return null;
  const row = await selectCityRows(trx, 'credit_operations', city)
    .select(['id', 'kind'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (!row) return null;
  if (row.kind !== input.kind)
    throw new NetZeroError('CONFLICT', `idempotency key already used for a ${row.kind}`, [
      { path: 'idempotencyKey', message: `already used for operation ${row.id}` },
    ]);
  return row.id;
}

/** The next serials of the city for an issue, checked against the period's verified tonnes. */
async function issuePiece(
  trx: Kysely<Tables>,
  city: string,
  input: Extract<OperationInput, { kind: 'issue' }>,
  quantity: number,
): Promise<Piece> {
  const project = await projectAt(trx, city, input.project, 'project');
  if (project.registration_status !== 'registered')
    throw creditProblem(
      'CONFLICT',
      'project',
      'project_not_registered',
      `${input.project} is not registered: credits are issued to registered projects only`,
    );
  const period = await periodAt(trx, city, input.project, input.period, true);
  if (period.verified_t === null)
    throw creditProblem(
      'CONFLICT',
      'period',
      'period_not_verified',
      `period ${input.period} of ${input.project} has no verified reduction yet`,
    );
  const issued = await issuedFromPeriod(trx, city, input.project, input.period);
  const issuable = issuableCredits(period.verified_t, issued);
  if (quantity > issuable)
    throw creditProblem(
      'CONFLICT',
      'quantity',
      'exceeds_verified',
      `only ${issuable} more credits may be issued from ${period.verified_t} t verified (${issued} issued)`,
      { issuable, issued, verified: period.verified_t },
    );
  // Serials are the city's: one issuer at a time takes the next free ones.
  await lockCity(trx, 'credit-serials', city);
  const top = await selectCityRows(trx, 'credit_blocks', city)
    .select((eb) => eb.fn.max('last_serial').as('last'))
    .executeTakeFirst();
  const first = (top?.last ?? 0) + 1;
  return { project: input.project, period: input.period, first, last: first + quantity - 1 };
}

/** A holder's lowest serials (of one project if named), after locking the holder's account. */
async function takeFromHolder(
  trx: Kysely<Tables>,
  city: string,
  holder: string,
  project: string | null,
  quantity: number,
): Promise<Piece[]> {
  await selectCityRows(trx, 'credit_accounts', city)
    .select('code')
    .where('code', '=', holder)
    .forNoKeyUpdate()
    .execute();
  let query = selectCityRows(trx, 'credit_blocks', city)
    .select(['project_code', 'period_no', 'first_serial', 'last_serial'])
    .where('account', '=', holder);
  if (project !== null) query = query.where('project_code', '=', project);
  const blocks = (await query.orderBy('first_serial').execute()).map((b) => ({
    project: b.project_code,
    period: b.period_no,
    first: b.first_serial,
    last: b.last_serial,
  }));
  const picked = pickSerials(blocks, quantity);
  if (!picked) {
    const balance = blocks.reduce((total, b) => total + countOf(b), 0);
    throw creditProblem(
      'CONFLICT',
      'quantity',
      'insufficient_balance',
      `${holder} holds ${balance} credits${project ? ` of ${project}` : ''}, fewer than ${quantity}`,
      { holder, balance, requested: quantity },
    );
  }
  return picked.map(({ first, last, block }) => ({ ...block, first, last }));
}
