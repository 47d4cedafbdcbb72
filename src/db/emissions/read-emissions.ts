import type { Kysely, Selectable } from 'kysely';
import type { CityDocument } from '../../contracts/city-document.js';
import type {
  InventoryDocument,
  InventoryEntryDocument,
} from '../../contracts/emissions-document.js';
import type { InventoryEntriesTable } from '../emissions-tables.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';
import { cited, notes, opt } from '../city/document-fields.js';

type EmissionsSections = Pick<
  CityDocument,
  'inventories' | 'emissionTargets' | 'pathwayPoints' | 'carbonBudgets' | 'moneyBudgets'
>;

/** The emissions sections of a city, as the city document writes them; a section without rows is left out. */
export async function readEmissions(
  db: Kysely<Tables>,
  cityId: string,
): Promise<EmissionsSections> {
  const [inventories, targets, points, budgets, allocations, transitions, money, items, links] =
    await Promise.all([
      readInventories(db, cityId),
      selectCityRows(db, 'emission_targets', cityId).selectAll().orderBy('year').execute(),
      selectCityRows(db, 'pathway_points', cityId).selectAll().orderBy('year').execute(),
      selectCityRows(db, 'carbon_budgets', cityId).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'carbon_budget_allocations', cityId)
        .selectAll()
        .orderBy('budget_code')
        .orderBy('position')
        .execute(),
      selectCityRows(db, 'carbon_budget_transitions', cityId)
        .selectAll()
        .orderBy('budget_code')
        .orderBy('seq')
        .execute(),
      selectCityRows(db, 'money_budgets', cityId).selectAll().orderBy('position').execute(),
      selectCityRows(db, 'money_budget_items', cityId)
        .selectAll()
        .orderBy('budget_code')
        .orderBy('position')
        .execute(),
      selectCityRows(db, 'money_budget_item_measures', cityId)
        .selectAll()
        .orderBy('budget_code')
        .orderBy('item_position')
        .orderBy('position')
        .execute(),
    ]);
  const sections: EmissionsSections = {};
  const allocationsOf = childrenBy(allocations, 'budget_code');
  const transitionsOf = childrenBy(transitions, 'budget_code');
  const itemsOf = childrenBy(items, 'budget_code');
  if (inventories.length > 0) sections.inventories = inventories;
  if (targets.length > 0)
    sections.emissionTargets = targets.map((t) =>
      t.kind === 'reduction'
        ? {
            year: t.year,
            kind: 'reduction' as const,
            baseYear: t.base_year ?? 0,
            reductionPercent: t.reduction_percent ?? '0',
            ...cited(t),
          }
        : {
            year: t.year,
            kind: 'net_zero' as const,
            ...cited(t),
          },
    );
  if (points.length > 0)
    sections.pathwayPoints = points.map((p) => ({
      year: p.year,
      valueT: p.value_t,
      ...notes(p.notes),
    }));
  if (budgets.length > 0)
    sections.carbonBudgets = budgets.map((b) => ({
      code: b.code,
      ...opt('name', b.name),
      startYear: b.start_year,
      endYear: b.end_year,
      capT: b.cap_t,
      capBasis: b.cap_basis,
      status: b.status,
      ...opt('source', b.source_code),
      allocations: allocationsOf(b.code).map((a) => ({ sector: a.sector, capT: a.cap_t })),
      history: transitionsOf(b.code).map((h) => ({
        from: h.from_status,
        to: h.to_status,
        by: h.actor,
        at: h.at,
        ...opt('note', h.note),
      })),
      ...notes(b.notes),
    }));
  if (money.length > 0)
    sections.moneyBudgets = money.map((m) => ({
      code: m.code,
      name: m.name,
      year: m.year,
      totalNtd: m.total_ntd,
      ...cited(m),
      items: itemsOf(m.code).map((i) => ({
        domain: i.domain,
        ...opt('title', i.title),
        ...opt('agency', i.agency_code),
        year: i.year,
        amountNtd: i.amount_ntd,
        ...opt('amountNote', i.amount_note),
        measures: links
          .filter((l) => l.budget_code === m.code && l.item_position === i.position)
          .map((l) => ({ plan: l.plan_code, sector: l.sector_code, no: l.measure_no })),
        ...cited(i),
      })),
    }));
  return sections;
}

/** Every inventory of a city (optionally some years), entries in order, as the document writes them. */
export async function readInventories(
  db: Kysely<Tables>,
  cityId: string,
  years?: readonly number[],
): Promise<InventoryDocument[]> {
  let inventoriesQuery = selectCityRows(db, 'inventories', cityId).selectAll();
  let entriesQuery = selectCityRows(db, 'inventory_entries', cityId).selectAll();
  if (years) {
    if (years.length === 0) return [];
    inventoriesQuery = inventoriesQuery.where('year', 'in', years);
    entriesQuery = entriesQuery.where('year', 'in', years);
  }
  const [inventories, entries] = await Promise.all([
    inventoriesQuery.orderBy('year').execute(),
    entriesQuery.orderBy('year').orderBy('position').execute(),
  ]);
  const byYear = new Map<number, InventoryEntryDocument[]>();
  for (const e of entries) {
    const list = byYear.get(e.year) ?? [];
    list.push(entryDocument(e));
    byYear.set(e.year, list);
  }
  return inventories.map((inv) => ({
    year: inv.year,
    gwpSet: inv.gwp_set as InventoryDocument['gwpSet'],
    status: inv.status,
    ...cited(inv),
    entries: byYear.get(inv.year) ?? [],
  }));
}

type Gas = NonNullable<Extract<InventoryEntryDocument, { method: 'gas_mass' }>['gas']>;

function entryDocument(e: Selectable<InventoryEntriesTable>): InventoryEntryDocument {
  const base = {
    subsector: e.subsector,
    scope: e.scope as 1 | 2 | 3,
    ...opt('species', e.species),
    ...cited(e),
  };
  const gas = opt('gas', e.gas as Gas | null);
  switch (e.method) {
    case 'reported':
      return { ...base, method: 'reported', valueT: e.value_t ?? '', ...gas };
    case 'gas_mass':
      return {
        ...base,
        method: 'gas_mass',
        gas: e.gas as Gas,
        mass: e.mass ?? '',
        massUnit: e.mass_unit ?? '',
      };
    case 'computed':
      return {
        ...base,
        method: 'computed',
        activity: e.activity ?? '',
        activityUnit: e.activity_unit ?? '',
        factor: { code: e.factor_code ?? '', version: e.factor_version ?? '' },
      };
    case 'notation':
      return {
        ...base,
        method: 'notation',
        key: e.notation_key ?? 'NE',
        explanation: e.explanation ?? '',
        ...gas,
      };
  }
}
