import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { costPerTonne, moneyTotalsByDomain } from '../../core/emissions/money-budget.js';
import type { Tables } from '../tables.js';
import { loadMeasureReductions } from './load-measure-reductions.js';
import { readEmissions } from './read-emissions.js';

/**
 * Each money budget of the city: totals by domain (unknown amounts stay unknown), and NT$ per
 * tCO₂e per measure and per domain from the reductions the plans record for the linked measures.
 */
export async function getMoneyBudgetSummary(db: Kysely<Tables>, cityId: string) {
  const [sections, reductions] = await Promise.all([
    readEmissions(db, cityId),
    loadMeasureReductions(db, cityId),
  ]);
  const byMeasure = new Map<string, Decimal | null>(reductions.byMeasure);
  return (sections.moneyBudgets ?? []).map((budget) => {
    const items = budget.items.map((item) => ({
      domain: item.domain,
      amountNtd: item.amountNtd === null ? null : new Decimal(item.amountNtd),
      measures: item.measures.map((m) => `${m.plan}/${m.sector}/${m.no}`),
    }));
    return {
      code: budget.code,
      name: budget.name,
      year: budget.year,
      totals: moneyTotalsByDomain(
        items,
        budget.totalNtd === null ? null : new Decimal(budget.totalNtd),
      ),
      costPerTonne: costPerTonne(items, byMeasure),
      source: budget.source ?? null,
      /** The items as recorded (amount null = unknown), for tables that list them one by one. */
      items: budget.items,
    };
  });
}
