import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import {
  budgetTransitionRequest,
  carbonBudgetListResponse,
  carbonBudgetResponse,
  createCarbonBudgetRequest,
  emissionsSeriesResponse,
  inventoryGwpRequest,
  inventoryResponse,
  inventoryUploadRequest,
  inventoryUploadResponse,
  moneyBudgetListResponse,
  pathwayResponse,
} from '../../contracts/api/emissions.js';
import { formatEmissionsSeriesCsv } from '../../contracts/emissions-series-csv.js';
import { formatGpcCsv } from '../../contracts/gpc-csv.js';
import { formatInventoryCsv } from '../../contracts/inventory-csv.js';
import { createCarbonBudget } from '../../db/emissions/create-budget.js';
import { importInventoryCsv } from '../../db/emissions/import-inventories.js';
import { readInventories } from '../../db/emissions/read-emissions.js';
import { setInventoryGwpSet } from '../../db/emissions/inventory-store.js';
import { transitionCarbonBudget } from '../../db/emissions/transition-budget.js';
import type { Tables } from '../../db/tables.js';
import type { AppEnv } from '../context.js';
import { notFound } from '../errors.js';
import { authorize, can } from '../policies.js';
import {
  carbonBudgetsView,
  emissionsSeries,
  inventoryDetail,
  pathwayView,
  requireCity,
} from '../queries/emissions-views.js';
import { intParam, readBody, reply } from '../validate.js';
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
export const emissionsRoutes = new Hono<AppEnv>()
  .get('/cities/:city/emissions', async (c) => {
    const city = c.req.param('city');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    return reply(c, emissionsSeriesResponse, await emissionsSeries(c.var.deps.db, city, drafts));
  })
  .post('/cities/:city/inventories', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'emissions.manage');
    const body = await readBody(c, inventoryUploadRequest);
    await requireCity(c.var.deps.db, city);
    const stored = await importInventoryCsv(c.var.deps.db, city, body.csv, {
      replace: body.replace,
      actor: actor.username,
    });
    return reply(
      c,
      inventoryUploadResponse,
      {
        years: stored.map((i) => i.year),
        entries: stored.reduce((n, i) => n + i.entries.length, 0),
      },
      201,
    );
  })
  .get('/cities/:city/inventories/:year', async (c) => {
    const city = c.req.param('city');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    const { view } = await inventoryDetail(c.var.deps.db, city, intParam(c, 'year'), drafts);
    return reply(c, inventoryResponse, view);
  })
  .patch('/cities/:city/inventories/:year', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'emissions.manage');
    const year = intParam(c, 'year');
    const body = await readBody(c, inventoryGwpRequest);
    await setInventoryGwpSet(c.var.deps.db, city, year, body.gwpSet, {
      actor: actor.username,
      expected: body.expectedGwpSet,
    });
    const { view } = await inventoryDetail(c.var.deps.db, city, year, true);
    return reply(c, inventoryResponse, view);
  })
  .get('/cities/:city/inventories/:year/gpc', async (c) => {
    const city = c.req.param('city');
    const year = intParam(c, 'year');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    const { totals } = await inventoryDetail(c.var.deps.db, city, year, drafts);
    return csvDownload(c, formatGpcCsv([totals]), `${city}-inventory-${year}-gpc.csv`);
  })
  .get('/cities/:city/inventories/:year/csv', async (c) => {
    const city = c.req.param('city');
    const year = intParam(c, 'year');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    // The same visibility as the JSON view: a draft is "not found" for those who may not see it.
    await inventoryDetail(c.var.deps.db, city, year, drafts);
    const inventories = await readInventories(c.var.deps.db, city, [year]);
    return csvDownload(c, formatInventoryCsv(inventories), `${city}-inventory-${year}.csv`);
  })
  .get('/cities/:city/emissions/csv', async (c) => {
    const city = c.req.param('city');
    const db = c.var.deps.db;
    const drafts = can(c.var.user, city, 'emissions.drafts');
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
  })
  .get('/cities/:city/pathway', async (c) => {
    const city = c.req.param('city');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    return reply(c, pathwayResponse, await pathwayView(c.var.deps.db, city, drafts));
  })
  .get('/cities/:city/carbon-budgets', async (c) => {
    const city = c.req.param('city');
    const drafts = can(c.var.user, city, 'emissions.drafts');
    return reply(c, carbonBudgetListResponse, await carbonBudgetsView(c.var.deps.db, city, drafts));
  })
  .post('/cities/:city/carbon-budgets', async (c) => {
    const city = c.req.param('city');
    const actor = authorize(c.var.user, city, 'emissions.manage');
    const body = await readBody(c, createCarbonBudgetRequest);
    await createCarbonBudget(c.var.deps.db, city, body, actor.username, 'body');
    return reply(c, carbonBudgetResponse, await budgetView(c.var.deps.db, city, body.code), 201);
  })
  .post('/cities/:city/carbon-budgets/:code/transitions', async (c) => {
    const { city, code } = c.req.param();
    const actor = authorize(c.var.user, city, 'emissions.manage');
    const body = await readBody(c, budgetTransitionRequest);
    await transitionCarbonBudget(c.var.deps.db, city, code, body.to, body.by, {
      actor: actor.username,
      version: body.version,
      at: c.var.deps.now().toISOString(),
      ...(body.note === undefined ? {} : { note: body.note }),
    });
    return reply(c, carbonBudgetResponse, await budgetView(c.var.deps.db, city, code), 201);
  })
  .get('/cities/:city/money-budgets', async (c) => {
    const city = c.req.param('city');
    return reply(c, moneyBudgetListResponse, await moneyBudgetsView(c.var.deps.db, city));
  });
