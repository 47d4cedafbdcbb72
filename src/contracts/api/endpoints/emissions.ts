import { endpoint, wholeNumberParam } from '../endpoint.js';
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
} from '../emissions.js';

const year = { year: wholeNumberParam };
const publishedOrDrafts = 'anyone (published); admin, reviewer also drafts';

/**
 * Emissions: reads are anyone's (published inventories, budgets past draft; `emissions.drafts`
 * sees drafts too), writes the admin's, each audited.
 */
export const emissionsEndpoints = {
  emissionsSeries: endpoint({
    method: 'get',
    path: '/cities/{city}/emissions',
    summary:
      'Emissions series: headline figures, inventory totals (gross, sinks, net, by sector and scope, GWP set), actual net per year',
    policy: null,
    access: 'anyone (published inventories); admin, reviewer also see drafts',
    response: emissionsSeriesResponse,
  }),
  uploadInventory: endpoint({
    method: 'post',
    path: '/cities/{city}/inventories',
    summary:
      'Upload an inventory CSV (docs/inventory-csv.md); errors name row and column, nothing is written; audited',
    policy: 'emissions.manage',
    body: inventoryUploadRequest,
    response: inventoryUploadResponse,
    status: 201,
  }),
  getInventory: endpoint({
    method: 'get',
    path: '/cities/{city}/inventories/{year}',
    summary: "An inventory's entries with their tCO₂e under its GWP set",
    policy: null,
    access: publishedOrDrafts,
    params: year,
    response: inventoryResponse,
  }),
  switchInventoryGwp: endpoint({
    method: 'patch',
    path: '/cities/{city}/inventories/{year}',
    summary: "Switch an inventory's GWP set (expectedGwpSet stale → 409); audited",
    policy: 'emissions.manage',
    params: year,
    body: inventoryGwpRequest,
    response: inventoryResponse,
  }),
  inventoryGpcCsv: endpoint({
    method: 'get',
    path: '/cities/{city}/inventories/{year}/gpc',
    summary: 'GPC-style listing of an inventory (CSV)',
    policy: null,
    access: publishedOrDrafts,
    params: year,
    rawResponse: 'text/csv',
  }),
  inventoryCsv: endpoint({
    method: 'get',
    path: '/cities/{city}/inventories/{year}/csv',
    summary: 'An inventory as the inventory CSV (docs/inventory-csv.md), UTF-8 with BOM',
    policy: null,
    access: publishedOrDrafts,
    params: year,
    rawResponse: 'text/csv',
  }),
  emissionsSeriesCsv: endpoint({
    method: 'get',
    path: '/cities/{city}/emissions/csv',
    summary:
      'The emissions series year by year: net, gross, pathway, targets, carbon budget caps, sources (CSV, UTF-8 with BOM)',
    policy: null,
    access: 'anyone (published inventories, budgets past draft); admin, reviewer also drafts',
    rawResponse: 'text/csv',
  }),
  pathway: endpoint({
    method: 'get',
    path: '/cities/{city}/pathway',
    summary: 'Targets, the pathway year by year and the gap (actual, required, planned, remaining)',
    policy: null,
    access: 'anyone (published inventories); admin, reviewer also drafts',
    response: pathwayResponse,
  }),
  listCarbonBudgets: endpoint({
    method: 'get',
    path: '/cities/{city}/carbon-budgets',
    summary:
      'Carbon budgets: cap, allocations, actuals, remaining, implied pathway cap, approval state and history',
    policy: null,
    access: 'anyone (budgets past draft); admin, reviewer also drafts',
    response: carbonBudgetListResponse,
  }),
  createCarbonBudget: endpoint({
    method: 'post',
    path: '/cities/{city}/carbon-budgets',
    summary:
      'Add a carbon budget in draft (allocations must add up to the cap; no overlapping period); audited',
    policy: 'emissions.manage',
    body: createCarbonBudgetRequest,
    response: carbonBudgetResponse,
    status: 201,
  }),
  transitionCarbonBudget: endpoint({
    method: 'post',
    path: '/cities/{city}/carbon-budgets/{code}/transitions',
    summary:
      'Move a carbon budget one approval step (draft → committee_reviewed → council_approved; stale version → 409); audited',
    policy: 'emissions.manage',
    body: budgetTransitionRequest,
    response: carbonBudgetResponse,
    status: 201,
  }),
  listMoneyBudgets: endpoint({
    method: 'get',
    path: '/cities/{city}/money-budgets',
    summary: 'Money budgets: totals by domain (unknown amounts stay null), NT$ per tCO₂e',
    policy: null,
    response: moneyBudgetListResponse,
  }),
};
