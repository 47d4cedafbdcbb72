import { sql, type Kysely } from 'kysely';
import type { AccountResponse, HolderInput } from '../../contracts/api/credits.js';
import { creditProblem } from '../../core/credits/quantity.js';
import { systemAccountKinds, type SystemAccountKind } from '../../core/credits/vocabulary.js';
import { NetZeroError } from '../../core/errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';

/** The code of a city's system account of each kind (a holder's code never starts with `_`). */
export const systemAccount = (kind: SystemAccountKind): string => `_${kind}`;

const systemNames: Record<SystemAccountKind, { name: string; nameEn: string }> = {
  issuance: { name: '核發', nameEn: 'Issuance' },
  retirement: { name: '註銷', nameEn: 'Retirement' },
  use: { name: '扣抵使用', nameEn: 'Use' },
};

/** Creates the city's issuance, retirement and use accounts if missing (idempotent). */
export async function ensureSystemAccounts(trx: Kysely<Tables>, city: string): Promise<void> {
  await trx
    .insertInto('credit_accounts')
    .values(
      systemAccountKinds.map((kind) => ({
        city_id: city,
        code: systemAccount(kind),
        kind,
        name: systemNames[kind].name,
        name_en: systemNames[kind].nameEn,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Adds a holder (持有者): a company or body that may hold credits. */
export async function addHolder(
  db: Kysely<Tables>,
  city: string,
  holder: HolderInput,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await selectCityRows(trx, 'credit_accounts', city)
      .select('code')
      .where('code', '=', holder.code)
      .executeTakeFirst();
    if (existing)
      throw new NetZeroError('CONFLICT', `holder "${holder.code}" already exists`, [
        { path: 'code', message: 'already exists' },
      ]);
    await trx
      .insertInto('credit_accounts')
      .values({
        city_id: city,
        code: holder.code,
        kind: 'holder',
        name: holder.name,
        name_en: holder.nameEn,
      })
      .execute();
    await appendAudit(trx, {
      city,
      actor,
      action: 'credits.account_add',
      entity: 'credit_account',
      entityKey: holder.code,
      before: null,
      after: holder,
    });
  });
}

/**
 * A holder's account, or a VALIDATION_FAILED at `path` (`unknown_holder`) when the city has no
 * holder of that code, so a transfer to a mistyped holder names the field.
 */
export async function holderAt(
  db: Kysely<Tables>,
  city: string,
  code: string,
  path: string,
): Promise<{ code: string; name: string }> {
  const row = await selectCityRows(db, 'credit_accounts', city)
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('kind', '=', 'holder')
    .executeTakeFirst();
  if (!row)
    throw creditProblem('VALIDATION_FAILED', path, 'unknown_holder', `no holder "${code}"`, {
      holder: code,
    });
  return row;
}

/**
 * Every account of the city with its balance, computed from the journal (credited less debited
 * serials): balances are never stored beside the entries. System accounts last.
 */
export async function listAccounts(db: Kysely<Tables>, city: string): Promise<AccountResponse[]> {
  const { rows } = await sql<{
    code: string;
    kind: AccountResponse['kind'];
    name: string;
    name_en: string | null;
    balance: string;
  }>`
    SELECT a.code, a.kind, a.name, a.name_en,
      coalesce(sum(CASE WHEN e.credit_account = a.code THEN e.last_serial - e.first_serial + 1
                        ELSE -(e.last_serial - e.first_serial + 1) END), 0)::text AS balance
    FROM credit_accounts a
    LEFT JOIN credit_entries e ON e.city_id = a.city_id
      AND (e.credit_account = a.code OR e.debit_account = a.code)
    WHERE a.city_id = ${city}
    GROUP BY a.code, a.kind, a.name, a.name_en
    ORDER BY a.kind <> 'holder', a.code`.execute(db);
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    name: r.name,
    nameEn: r.name_en,
    balance: Number(r.balance),
  }));
}
