import type { Kysely } from 'kysely';
import { emissionsEndpoints as e } from '../../contracts/api/endpoints/emissions.js';
import { formatEmissionsSeriesCsv } from '../../contracts/emissions-series-csv.js';
import { formatGpcCsv } from '../../contracts/gpc-csv.js';
import { formatInventoryCsv } from '../../contracts/inventory-csv.js';
import { createCarbonBudget } from '../../db/emissions/create-budget.js';
import { importInventoryCsv } from '../../db/emissions/import-inventories.js';
import { readInventories } from '../../db/emissions/read-emissions.js';
import { setInventoryGwpSet } from '../../db/emissions/inventory-store.js';
import { transitionCarbonBudget } from '../../db/emissions/transition-budget.js';
import type { Tables } from '../../db/tables.js';
import { notFound } from '../../core/errors.js';
import { can } from '../policies.js';
import {
  carbonBudgetsView,
  emissionsSeries,
  inventoryDetail,
  pathwayView,
} from '../queries/emissions-views.js';
import { requireCity } from '../../db/city/cities.js';
import { route } from '../route.js';
import { moneyBudgetsView } from '../queries/money-budgets-view.js';
import { csvDownload } from './csv-download.js';

/** One budget as the list shows it to the city's staff (after a write). */
async function budgetView(db: Kysely<Tables>, city: string, code: string) {
  const { budgets } = await carbonBudgetsView(db, city, true);
  const budget = budgets.find((b) => b.code === code);
  if (!budget) throw notFound(`carbon budget "${code}"`);
  return budget;
}

/**
 * Emissions (issue #5). Reads are public: anonymous callers get published inventories and carbon
 * budgets past draft; the city's admin and reviewers (`emissions.drafts`) get drafts too. Writes
 * are the admin's, each recorded in the audit trail in the same transaction as the change.
 */
export const emissionsRoutes = [
  route(e.emissionsSeries, {
    handle: ({ user, deps, params: { city } }) =>
      emissionsSeries(deps.db, city, can(user, city, 'emissions.drafts')),
  }),
  route(e.uploadInventory, {
    handle: async ({ deps, params: { city }, body, user }) => {
      await requireCity(deps.db, city);
      const stored = await importInventoryCsv(deps.db, city, body.csv, {
        replace: body.replace,
        actor: user.username,
      });
      return {
        years: stored.map((i) => i.year),
        entries: stored.reduce((n, i) => n + i.entries.length, 0),
      };
    },
  }),
  route(e.getInventory, {
    handle: async ({ user, deps, params: { city, year } }) => {
      const drafts = can(user, city, 'emissions.drafts');
      return (await inventoryDetail(deps.db, city, year, drafts)).view;
    },
  }),
  route(e.switchInventoryGwp, {
    handle: async ({ deps, params: { city, year }, body, user }) => {
      await setInventoryGwpSet(deps.db, city, year, body.gwpSet, {
        actor: user.username,
        expected: body.expectedGwpSet,
      });
      return (await inventoryDetail(deps.db, city, year, true)).view;
    },
  }),
  route(e.inventoryGpcCsv, {
    handle: async ({ c, user, deps, params: { city, year } }) => {
      const drafts = can(user, city, 'emissions.drafts');
      const { totals } = await inventoryDetail(deps.db, city, year, drafts);
      return csvDownload(c, formatGpcCsv([totals]), `${city}-inventory-${year}-gpc.csv`);
    },
  }),
  route(e.inventoryCsv, {
    handle: async ({ c, user, deps, params: { city, year } }) => {
      const drafts = can(user, city, 'emissions.drafts');
      // The same visibility as the JSON view: a draft is "not found" for those who may not see it.
      await inventoryDetail(deps.db, city, year, drafts);
      const inventories = await readInventories(deps.db, city, [year]);
      return csvDownload(c, formatInventoryCsv(inventories), `${city}-inventory-${year}.csv`);
    },
  }),
  route(e.emissionsSeriesCsv, {
    handle: async ({ c, user, deps: { db }, params: { city } }) => {
      const drafts = can(user, city, 'emissions.drafts');
      const series = await emissionsSeries(db, city, drafts);
      const [pathway, budgets] = await Promise.all([
        pathwayView(db, city, drafts),
        carbonBudgetsView(db, city, drafts),
      ]);
      return csvDownload(
        c,
        formatEmissionsSeriesCsv(series, pathway, budgets),
        `${city}-emissions-series.csv`,
      );
    },
  }),
  route(e.pathway, {
    handle: ({ user, deps, params: { city } }) =>
      pathwayView(deps.db, city, can(user, city, 'emissions.drafts')),
  }),
  route(e.listCarbonBudgets, {
    handle: ({ user, deps, params: { city } }) =>
      carbonBudgetsView(deps.db, city, can(user, city, 'emissions.drafts')),
  }),
  route(e.createCarbonBudget, {
    handle: async ({ deps, params: { city }, body, user }) => {
      await createCarbonBudget(deps.db, city, body, user.username, 'body');
      return budgetView(deps.db, city, body.code);
    },
  }),
  route(e.transitionCarbonBudget, {
    handle: async ({ deps, params: { city, code }, body, user }) => {
      await transitionCarbonBudget(deps.db, city, code, body.to, body.by, {
        actor: user.username,
        version: body.version,
        at: deps.now().toISOString(),
        ...(body.note === undefined ? {} : { note: body.note }),
      });
      return budgetView(deps.db, city, code);
    },
  }),
  route(e.listMoneyBudgets, {
    handle: ({ deps, params: { city } }) => moneyBudgetsView(deps.db, city),
  }),
];
