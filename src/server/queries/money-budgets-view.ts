import type { Kysely } from 'kysely';
import type { MoneyBudgetListResponse } from '../../contracts/api/emissions.js';
import type { Decimal } from '../../core/decimal.js';
import { listAgencies } from '../../db/city/agencies.js';
import { citedSources } from '../../db/city/cited-sources.js';
import { getMoneyBudgetSummary } from '../../db/emissions/money-budget-summary.js';
import type { Tables } from '../../db/tables.js';
import { requireCity } from '../../db/city/cities.js';
import { type CostPerTonneReason } from '../../core/vocabulary/lists.js';

/**
 * GET …/money-budgets: each money budget with its items (unknown amounts stay null), totals by
 * domain, NT$ per tCO₂e and the sources it cites, as contracts/api/emissions.ts shapes them.
 */
const str = (d: Decimal) => d.toFixed();
const strOrNull = (d: Decimal | null) => (d === null ? null : d.toFixed());

export async function moneyBudgetsView(
  db: Kysely<Tables>,
  city: string,
): Promise<MoneyBudgetListResponse> {
  await requireCity(db, city);
  const [budgets, agencyRows] = await Promise.all([
    getMoneyBudgetSummary(db, city),
    listAgencies(db, city),
  ]);
  const agencies = new Map(agencyRows.map((a) => [a.code, a.name]));
  const cost = (c: {
    key: string;
    amountNtd: Decimal | null;
    reductionT: Decimal | null;
    ntdPerT: Decimal | null;
    reason: CostPerTonneReason | null;
  }) => ({
    key: c.key,
    amountNtd: strOrNull(c.amountNtd),
    reductionT: strOrNull(c.reductionT),
    ntdPerT: strOrNull(c.ntdPerT),
    reason: c.reason,
  });
  return Promise.all(
    budgets.map(async (b) => ({
      code: b.code,
      name: b.name,
      year: b.year,
      declaredTotalNtd: strOrNull(b.totals.declaredTotalNtd),
      knownNtd: str(b.totals.knownNtd),
      unattributedNtd: strOrNull(b.totals.unattributedNtd),
      domains: b.totals.domains.map((d) => ({
        domain: d.domain,
        knownNtd: str(d.knownNtd),
        unknownItems: d.unknownItems,
        totalNtd: strOrNull(d.totalNtd),
      })),
      costPerTonne: {
        measures: b.costPerTonne.measures.map(cost),
        domains: b.costPerTonne.domains.map(cost),
      },
      items: b.items.map((i) => ({
        domain: i.domain,
        title: i.title ?? null,
        agency:
          i.agency === undefined
            ? null
            : { code: i.agency, name: agencies.get(i.agency) ?? i.agency },
        year: i.year,
        amountNtd: i.amountNtd,
        amountNote: i.amountNote ?? null,
        measures: i.measures,
        source: i.source ?? null,
      })),
      source: b.source,
      sources: await citedSources(db, city, [b.source, ...b.items.map((i) => i.source)]),
    })),
  );
}
