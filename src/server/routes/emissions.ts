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
import { formatGpcCsv } from '../../contracts/gpc-csv.js';
import { createCarbonBudget } from '../../db/emissions/create-budget.js';
import { importInventoryCsv } from '../../db/emissions/import-inventories.js';
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
  moneyBudgetsView,
  pathwayView,
  requireCity,
} from '../queries/emissions-views.js';
import { intParam, readBody, reply } from '../validate.js';

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
    return c.body(formatGpcCsv([totals]), 200, {
      'Content-Type': 'text/csv; charset=UTF-8',
      'Content-Disposition': `attachment; filename="${city}-inventory-${year}-gpc.csv"`,
    });
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
