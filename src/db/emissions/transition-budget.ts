import type { Kysely } from 'kysely';
import { NetZeroError, staleVersion } from '../../core/errors.js';
import {
  BUDGET_STATUSES,
  checkBudgetTransition,
  type BudgetStatus,
} from '../../core/emissions/carbon-budget.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { selectCityRows, updateCityRows } from '../city-scope.js';

/**
 * Moves a carbon budget one approval step (draft → committee_reviewed → council_approved) and
 * records who and when in carbon_budget_transitions and the audit trail, in one transaction. The
 * row is locked so two people approving at once cannot both record the same step.
 *
 * `by` is the body that made the step (推動會, 市議會); `actor` is who recorded it (the signed-in
 * user or `cli:<os user>`; defaults to `by`). A budget's version is its number of steps + 1: a
 * caller that passes `version` gets CONFLICT when someone else moved the budget first.
 */
export async function transitionCarbonBudget(
  db: Kysely<Tables>,
  cityId: string,
  code: string,
  to: string,
  by: string,
  options: { at?: string; note?: string; actor?: string; version?: number } = {},
): Promise<{ from: BudgetStatus; to: BudgetStatus; seq: number; version: number }> {
  if (!(BUDGET_STATUSES as readonly string[]).includes(to))
    throw new NetZeroError(
      'VALIDATION_FAILED',
      `to: unknown status "${to}"; use ${BUDGET_STATUSES.join(', ')}`,
      [{ path: 'to', message: 'unknown status' }],
    );
  if (by.trim() === '')
    throw new NetZeroError('VALIDATION_FAILED', 'by: who made the transition is required', [
      { path: 'by', message: 'required' },
    ]);
  const target = to as BudgetStatus;
  return db.transaction().execute(async (trx) => {
    const budget = await selectCityRows(trx, 'carbon_budgets', cityId)
      .select('status')
      .where('code', '=', code)
      .forUpdate()
      .executeTakeFirst();
    if (!budget)
      throw new NetZeroError('NOT_FOUND', `city "${cityId}" has no carbon budget "${code}"`, [
        { path: 'budget', message: 'not found' },
      ]);
    const { max } = await selectCityRows(trx, 'carbon_budget_transitions', cityId)
      .select((eb) => eb.fn.max<number | null>('seq').as('max'))
      .where('budget_code', '=', code)
      .executeTakeFirstOrThrow();
    const seq = (max ?? 0) + 1;
    if (options.version !== undefined && options.version !== seq)
      throw staleVersion(
        `carbon budget "${code}" was moved by someone else (now ${budget.status}, version ${seq}); reload and retry`,
        { code, status: budget.status, version: seq },
      );
    checkBudgetTransition(budget.status, target, 'to');
    const at = options.at ?? new Date().toISOString();
    await trx
      .insertInto('carbon_budget_transitions')
      .values({
        city_id: cityId,
        budget_code: code,
        seq,
        from_status: budget.status,
        to_status: target,
        actor: by,
        at,
        note: options.note ?? null,
      })
      .execute();
    await updateCityRows(trx, 'carbon_budgets', cityId)
      .set({ status: target })
      .where('code', '=', code)
      .execute();
    await appendAudit(trx, {
      city: cityId,
      actor: options.actor ?? by,
      action: 'carbon_budget.transition',
      entity: 'carbon_budget',
      entityKey: code,
      before: { status: budget.status, version: seq },
      after: { status: target, version: seq + 1, by, at, note: options.note ?? null },
    });
    return { from: budget.status, to: target, seq, version: seq + 1 };
  });
}
