import {
  BUDGET_STATUSES,
  carbonBudgetIssues,
  checkBudgetTransition,
} from '../core/emissions/carbon-budget.js';
import { Decimal } from '../core/decimal.js';
import type { Issue } from '../core/errors.js';
import { findSpecies } from '../core/emissions/gas-species.js';
import { computeInventory } from '../core/emissions/inventory.js';
import { INVENTORY_SECTORS } from '../core/emissions/sectors.js';
import { getUnit } from '../core/units.js';
import type { CityDocument } from './city-document.js';
import { issuesInto } from './document-problems.js';
import {
  factorKey,
  toCoreBudget,
  toCoreInventory,
  type FactorRecord,
} from './emissions-to-core.js';

interface Known {
  issues: Issue[];
  known: (set: Set<string>, what: string, path: string, code: string | null | undefined) => void;
  sources: Set<string>;
  agencies: Set<string>;
}

const negative = (value: string) => {
  const d = new Decimal(value);
  return d.isNegative() && !d.isZero();
};

/**
 * Meaning checks of the emissions sections; adds issues, never throws. Also puts the sections in
 * canonical form (unit codes, empty sections dropped) so export after import gives them back.
 */
export function validateEmissions(doc: CityDocument, ctx: Known): void {
  const { issues, known, sources, agencies } = ctx;
  const catchInto = issuesInto(issues);
  /** One inventory, one target… a year: a second one for a year already seen is an issue. */
  const onceAYear = (seen: Set<number>, year: number, path: string, what: string) => {
    if (seen.has(year))
      issues.push({ path: `${path}.year`, message: `a second ${what} for ${year}` });
    seen.add(year);
  };
  const factors = new Map<string, FactorRecord>(
    doc.emissionFactors.map((f) => [factorKey(f.code, f.version), f]),
  );
  doc.emissionFactors.forEach((f, i) => {
    if (f.supersedes !== undefined && !factors.has(factorKey(f.code, f.supersedes)))
      issues.push({
        path: `emissionFactors[${i}].supersedes`,
        message: `no version "${f.supersedes}" of ${f.code} to supersede`,
      });
  });

  const years = new Set<number>();
  doc.inventories?.forEach((inventory, i) => {
    const path = `inventories[${i}]`;
    onceAYear(years, inventory.year, path, 'inventory');
    known(sources, 'source', `${path}.source`, inventory.source);
    inventory.entries.forEach((e, j) => {
      known(sources, 'source', `${path}.entries[${j}].source`, e.source);
      // An alias (PFC-14) is stored as its code (CF4), so export gives back one spelling. An
      // unknown species is left as written: computeInventory below refuses it, naming the entry.
      const species = e.species === undefined ? undefined : findSpecies(e.species);
      if (species) e.species = species.code;
      if (e.method === 'gas_mass')
        catchInto(
          path,
          () => (e.massUnit = getUnit(e.massUnit, `${path}.entries[${j}].massUnit`).code),
        );
      if (e.method === 'computed')
        catchInto(
          path,
          () =>
            (e.activityUnit = getUnit(e.activityUnit, `${path}.entries[${j}].activityUnit`).code),
        );
    });
    catchInto(path, () => computeInventory(toCoreInventory(inventory, factors, path), path));
  });

  const netYears = new Set(doc.emissionFigures.filter((f) => f.basis === 'net').map((f) => f.year));
  const targetYears = new Set<number>();
  doc.emissionTargets?.forEach((t, i) => {
    const path = `emissionTargets[${i}]`;
    onceAYear(targetYears, t.year, path, 'target');
    known(sources, 'source', `${path}.source`, t.source);
    if (t.kind === 'reduction') {
      if (!netYears.has(t.baseYear) && !years.has(t.baseYear))
        issues.push({
          path: `${path}.baseYear`,
          message: `no net emission figure or inventory for the base year ${t.baseYear}`,
        });
      const pct = new Decimal(t.reductionPercent);
      if (pct.isNegative() || pct.gt(100))
        issues.push({
          path: `${path}.reductionPercent`,
          message: `${t.reductionPercent} % is not between 0 and 100`,
        });
    }
  });
  const pointYears = new Set<number>();
  doc.pathwayPoints?.forEach((p, i) => {
    onceAYear(pointYears, p.year, `pathwayPoints[${i}]`, 'point');
    if (negative(p.valueT))
      issues.push({ path: `pathwayPoints[${i}].valueT`, message: 'must not be negative' });
  });

  const budgets = doc.carbonBudgets ?? [];
  const budgetCodes = new Set<string>();
  budgets.forEach((b, i) => {
    const path = `carbonBudgets[${i}]`;
    if (budgetCodes.has(b.code))
      issues.push({ path: `${path}.code`, message: `duplicate budget code "${b.code}"` });
    budgetCodes.add(b.code);
    known(sources, 'source', `${path}.source`, b.source);
    b.allocations.forEach((a, j) => {
      if (!(INVENTORY_SECTORS as readonly string[]).includes(a.sector))
        issues.push({
          path: `${path}.allocations[${j}].sector`,
          message: `unknown sector "${a.sector}"; use ${INVENTORY_SECTORS.join(', ')}`,
        });
    });
    // The history may start where the record starts (a budget entered after the committee
    // reviewed it); from there each step must follow the last and end at the budget's status.
    let status: (typeof BUDGET_STATUSES)[number] = b.history[0]?.from ?? b.status;
    b.history.forEach((h, j) => {
      if (h.from !== status)
        issues.push({
          path: `${path}.history[${j}].from`,
          message: `the budget was ${status}, not ${h.from}`,
        });
      catchInto(path, () => checkBudgetTransition(h.from, h.to, `${path}.history[${j}].to`));
      h.at = new Date(h.at).toISOString();
      status = h.to;
    });
    if (status !== b.status)
      issues.push({
        path: `${path}.status`,
        message: `the history ends at ${status}, not ${b.status}`,
      });
  });
  issues.push(...carbonBudgetIssues(budgets.map(toCoreBudget), 'carbonBudgets'));

  const measureKeys = new Set(
    doc.plans.flatMap((p) => p.measures.map((m) => `${p.code}/${m.sector}/${m.no}`)),
  );
  const moneyCodes = new Set<string>();
  doc.moneyBudgets?.forEach((m, i) => {
    const path = `moneyBudgets[${i}]`;
    if (moneyCodes.has(m.code))
      issues.push({ path: `${path}.code`, message: `duplicate money budget "${m.code}"` });
    moneyCodes.add(m.code);
    known(sources, 'source', `${path}.source`, m.source);
    if (m.totalNtd !== null && negative(m.totalNtd))
      issues.push({ path: `${path}.totalNtd`, message: 'must not be negative' });
    m.items.forEach((item, j) => {
      const at = `${path}.items[${j}]`;
      known(sources, 'source', `${at}.source`, item.source);
      known(agencies, 'agency', `${at}.agency`, item.agency);
      if (item.amountNtd === null && item.amountNote === undefined)
        issues.push({
          path: `${at}.amountNote`,
          message: 'an unknown amount (null) needs a note saying why; never write 0 for unknown',
        });
      if (item.amountNtd !== null && negative(item.amountNtd))
        issues.push({ path: `${at}.amountNtd`, message: 'must not be negative' });
      item.measures.forEach((ref, k) => {
        if (!measureKeys.has(`${ref.plan}/${ref.sector}/${ref.no}`))
          issues.push({
            path: `${at}.measures[${k}]`,
            message: `no measure ${ref.sector} ${ref.no} in plan ${ref.plan}`,
          });
      });
    });
  });

  // Empty sections are dropped: export writes a section only when it has rows.
  if (doc.inventories?.length === 0) delete doc.inventories;
  if (doc.emissionTargets?.length === 0) delete doc.emissionTargets;
  if (doc.pathwayPoints?.length === 0) delete doc.pathwayPoints;
  if (doc.carbonBudgets?.length === 0) delete doc.carbonBudgets;
  if (doc.moneyBudgets?.length === 0) delete doc.moneyBudgets;
}
