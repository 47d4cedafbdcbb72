import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { NetZeroError } from '../../core/errors.js';
import { carbonBudgetIssues, type CarbonBudget } from '../../core/emissions/carbon-budget.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { type CapBasis } from '../../core/vocabulary/lists.js';
import { selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';

export interface NewCarbonBudget {
  code: string;
  name?: string | undefined;
  startYear: number;
  endYear: number;
  capT: string;
  capBasis: CapBasis;
  allocations: readonly { sector: string; capT: string }[];
}

/**
 * Adds a carbon budget in draft, audited. Checked against the city's other budgets first, with
 * every problem reported under `path` (allocations that do not add up to the cap exactly, a
 * sector twice, a period overlapping another budget); on any problem nothing is written.
 */
export async function createCarbonBudget(
  db: Kysely<Tables>,
  cityId: string,
  budget: NewCarbonBudget,
  actor: string,
  path = 'budget',
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const [rows, allocations] = await Promise.all([
      selectCityRows(trx, 'carbon_budgets', cityId)
        .select(['code', 'start_year', 'end_year', 'cap_t', 'cap_basis', 'position'])
        .forUpdate()
        .execute(),
      selectCityRows(trx, 'carbon_budget_allocations', cityId)
        .select(['budget_code', 'sector', 'cap_t'])
        .execute(),
    ]);
    if (rows.some((r) => r.code === budget.code))
      throw new NetZeroError(
        'CONFLICT',
        `city "${cityId}" already has a carbon budget "${budget.code}"`,
        [{ path: `${path}.code`, message: 'already exists' }],
      );
    const allocationsOf = childrenBy(allocations, 'budget_code');
    const existing: CarbonBudget[] = rows.map((r) => ({
      code: r.code,
      startYear: r.start_year,
      endYear: r.end_year,
      capT: new Decimal(r.cap_t),
      capBasis: r.cap_basis,
      allocations: allocationsOf(r.code).map((a) => ({
        sector: a.sector,
        capT: new Decimal(a.cap_t),
      })),
    }));
    const candidate: CarbonBudget = {
      ...budget,
      capT: new Decimal(budget.capT),
      allocations: budget.allocations.map((a) => ({ sector: a.sector, capT: new Decimal(a.capT) })),
    };
    // The new budget is checked last, so its issues carry its index; those are renamed to `path`.
    const at = `budgets[${existing.length}]`;
    const issues = carbonBudgetIssues([...existing, candidate], 'budgets')
      .filter((i) => i.path.startsWith(at))
      .map((i) => ({ ...i, path: path + i.path.slice(at.length) }));
    if (issues.length > 0)
      throw new NetZeroError(
        'VALIDATION_FAILED',
        issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        issues,
      );
    await trx
      .insertInto('carbon_budgets')
      .values({
        city_id: cityId,
        code: budget.code,
        name: budget.name ?? null,
        start_year: budget.startYear,
        end_year: budget.endYear,
        cap_t: budget.capT,
        cap_basis: budget.capBasis,
        status: 'draft',
        source_code: null,
        notes: '[]',
        position: Math.max(-1, ...rows.map((r) => r.position)) + 1,
      })
      .execute();
    if (budget.allocations.length > 0)
      await trx
        .insertInto('carbon_budget_allocations')
        .values(
          budget.allocations.map((a, position) => ({
            city_id: cityId,
            budget_code: budget.code,
            sector: a.sector,
            cap_t: a.capT,
            position,
          })),
        )
        .execute();
    await appendAudit(trx, {
      city: cityId,
      actor,
      action: 'carbon_budget.create',
      entity: 'carbon_budget',
      entityKey: budget.code,
      before: null,
      after: { ...budget, status: 'draft' },
    });
  });
}
