import type { Transaction } from 'kysely';
import { getSubsector } from '../../core/emissions/sectors.js';
import type { CityDocument } from '../../contracts/city-document.js';
import type { InventoryDocument } from '../../contracts/emissions-document.js';
import type { Tables } from '../tables.js';
import {
  insertCityList,
  insertEachList,
  insertInChunks,
  notesJson,
  insertRows,
  citation,
} from '../city/rows.js';

/** Writes the emissions sections of a validated city document (inside importCity's transaction). */
export async function writeEmissions(
  trx: Transaction<Tables>,
  city_id: string,
  doc: CityDocument,
): Promise<void> {
  await writeInventories(trx, city_id, doc.inventories ?? []);
  await insertRows(trx, 'emission_targets', { city_id }, doc.emissionTargets ?? [], (t) => ({
    year: t.year,
    kind: t.kind,
    base_year: t.kind === 'reduction' ? t.baseYear : null,
    reduction_percent: t.kind === 'reduction' ? t.reductionPercent : null,
    ...citation(t),
  }));
  await insertRows(trx, 'pathway_points', { city_id }, doc.pathwayPoints ?? [], (p) => ({
    year: p.year,
    value_t: p.valueT,
    notes: notesJson(p.notes),
  }));
  const budgets = doc.carbonBudgets ?? [];
  await insertCityList(trx, 'carbon_budgets', city_id, budgets, (b) => ({
    code: b.code,
    name: b.name ?? null,
    start_year: b.startYear,
    end_year: b.endYear,
    cap_t: b.capT,
    cap_basis: b.capBasis,
    status: b.status,
    ...citation(b),
  }));
  await insertEachList(
    trx,
    'carbon_budget_allocations',
    city_id,
    budgets,
    (b) => b.allocations,
    (a, b) => ({ budget_code: b.code, sector: a.sector, cap_t: a.capT }),
  );
  await insertInChunks(
    trx,
    'carbon_budget_transitions',
    budgets.flatMap((b) =>
      b.history.map((h, seq) => ({
        city_id,
        budget_code: b.code,
        seq: seq + 1,
        from_status: h.from,
        to_status: h.to,
        actor: h.by,
        at: h.at,
        note: h.note ?? null,
      })),
    ),
  );
  const money = doc.moneyBudgets ?? [];
  await insertCityList(trx, 'money_budgets', city_id, money, (m) => ({
    code: m.code,
    name: m.name,
    year: m.year,
    total_ntd: m.totalNtd,
    ...citation(m),
  }));
  await insertEachList(
    trx,
    'money_budget_items',
    city_id,
    money,
    (m) => m.items,
    (item, m) => ({
      budget_code: m.code,
      domain: item.domain,
      title: item.title ?? null,
      agency_code: item.agency ?? null,
      year: item.year,
      amount_ntd: item.amountNtd,
      amount_note: item.amountNote ?? null,
      ...citation(item),
    }),
  );
  await insertInChunks(
    trx,
    'money_budget_item_measures',
    money.flatMap((m) =>
      m.items.flatMap((item, item_position) =>
        item.measures.map((ref, position) => ({
          city_id,
          budget_code: m.code,
          item_position,
          position,
          plan_code: ref.plan,
          sector_code: ref.sector,
          measure_no: ref.no,
        })),
      ),
    ),
  );
}

/** Inventories and their entries; also used by `inventory import` to replace some years. */
export async function writeInventories(
  trx: Transaction<Tables>,
  city_id: string,
  inventories: readonly InventoryDocument[],
): Promise<void> {
  await insertRows(trx, 'inventories', { city_id }, inventories, (inv) => ({
    year: inv.year,
    gwp_set: inv.gwpSet,
    status: inv.status,
    ...citation(inv),
  }));
  await insertEachList(
    trx,
    'inventory_entries',
    city_id,
    inventories,
    (inv) => inv.entries,
    (e, inv) => ({
      year: inv.year,
      subsector: e.subsector,
      sector: getSubsector(e.subsector, 'subsector').sector,
      scope: e.scope,
      method: e.method,
      gas: 'gas' in e ? (e.gas ?? null) : null,
      species: e.species ?? null,
      value_t: e.method === 'reported' ? e.valueT : null,
      mass: e.method === 'gas_mass' ? e.mass : null,
      mass_unit: e.method === 'gas_mass' ? e.massUnit : null,
      activity: e.method === 'computed' ? e.activity : null,
      activity_unit: e.method === 'computed' ? e.activityUnit : null,
      factor_code: e.method === 'computed' ? e.factor.code : null,
      factor_version: e.method === 'computed' ? e.factor.version : null,
      notation_key: e.method === 'notation' ? e.key : null,
      explanation: e.method === 'notation' ? e.explanation : null,
      ...citation(e),
    }),
  );
}
