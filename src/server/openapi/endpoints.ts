import type { z } from 'zod';
import { auditListResponse, auditQuery, auditVerifyResponse } from '../../contracts/api/audit.js';
import {
  cityListResponse,
  planListResponse,
  summaryQuery,
  summaryResponse,
} from '../../contracts/api/cities.js';
import { okSchema } from '../../contracts/api/common.js';
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
import { healthResponse } from '../../contracts/api/health.js';
import { measureDetailQuery, measureDetailResponse } from '../../contracts/api/measures.js';
import {
  commentListResponse,
  commentRequest,
  commentResponse,
  reviewRequest,
} from '../../contracts/api/review.js';
import {
  openRoundRequest,
  overdueResponse,
  roundListResponse,
  roundResponse,
  updateRoundRequest,
} from '../../contracts/api/rounds.js';
import { roundUploadResponse, xlsxContentType } from '../../contracts/api/round-templates.js';
import { openDataResponse } from '../../contracts/api/open-data.js';
import {
  createReportRequest,
  reportListResponse,
  reportSnapshotResponse,
} from '../../contracts/api/reports.js';
import { loginRequest, sessionResponse } from '../../contracts/api/session.js';
import {
  attachmentResponse,
  saveSubmissionRequest,
  submissionDetailResponse,
  submissionListResponse,
  submitRequest,
} from '../../contracts/api/submissions.js';
import {
  createUserRequest,
  deleteUserQuery,
  updateUserRequest,
  userListResponse,
  userResponse,
} from '../../contracts/api/users.js';

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, relative to /api/v1: `/cities/{city}/plans`. */
  path: string;
  summary: string;
  /** Who may call it (policies.ts decides; this is for people). */
  access: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A raw body instead of JSON (attachments). */
  rawBody?: string;
  response?: z.ZodType;
  /** A raw response instead of JSON (attachment download). */
  rawResponse?: string;
  status?: 200 | 201;
}

const submission = '/cities/{city}/rounds/{id}/submissions/{sector}/{no}';

/** Every endpoint of /api/v1: the OpenAPI document and the authorization matrix test use this list. */
export const endpoints: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Liveness and the database engine',
    access: 'anyone',
    response: healthResponse,
  },
  { method: 'get', path: '/openapi.json', summary: 'This API as OpenAPI 3.1', access: 'anyone' },
  {
    method: 'get',
    path: '/cities',
    summary: 'Cities on this platform',
    access: 'anyone',
    response: cityListResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/plans',
    summary: "A city's plans with sectors and agencies",
    access: 'anyone',
    response: planListResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/plans/{plan}/summary',
    summary:
      'Plan summary as of a date (same JSON as `netzero plan summary --json`); published data only',
    access: 'anyone',
    query: summaryQuery,
    response: summaryResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/plans/{plan}/measures/{sector}/{no}',
    summary: 'One measure: indicators, figures, expected line, qualitative results, explanations',
    access: 'anyone',
    query: measureDetailQuery,
    response: measureDetailResponse,
  },
  {
    method: 'get',
    path: '/session',
    summary: 'Who is signed in, and the CSRF token for X-CSRF-Token',
    access: 'anyone',
    response: sessionResponse,
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in (rate limited; five failures lock the account for 15 minutes)',
    access: 'anyone with the CSRF token',
    body: loginRequest,
    response: sessionResponse,
  },
  {
    method: 'delete',
    path: '/session',
    summary: 'Sign out (the session ends on the server)',
    access: 'anyone with the CSRF token',
    response: okSchema,
  },
  {
    method: 'get',
    path: '/cities/{city}/users',
    summary: "The city's accounts",
    access: 'admin',
    response: userListResponse,
  },
  {
    method: 'post',
    path: '/cities/{city}/users',
    summary: 'Create an account',
    access: 'admin',
    body: createUserRequest,
    response: userResponse,
    status: 201,
  },
  {
    method: 'patch',
    path: '/cities/{city}/users/{username}',
    summary: 'Change role, agencies, name or password (stale version → 409)',
    access: 'admin',
    body: updateUserRequest,
    response: userResponse,
  },
  {
    method: 'delete',
    path: '/cities/{city}/users/{username}',
    summary:
      'Remove an account and end its sessions (stale version → 409; your own account → 403); audited',
    access: 'admin',
    query: deleteUserQuery,
    response: okSchema,
  },
  {
    method: 'get',
    path: '/cities/{city}/rounds',
    summary: 'Reporting rounds with their progress',
    access: 'admin, reviewer, agency_editor',
    response: roundListResponse,
  },
  {
    method: 'post',
    path: '/cities/{city}/rounds',
    summary: 'Open a reporting round',
    access: 'admin',
    body: openRoundRequest,
    response: roundResponse,
    status: 201,
  },
  {
    method: 'get',
    path: '/cities/{city}/rounds/{id}',
    summary: 'One round',
    access: 'admin, reviewer, agency_editor',
    response: roundResponse,
  },
  {
    method: 'patch',
    path: '/cities/{city}/rounds/{id}',
    summary: 'Move the due date or close the round',
    access: 'admin',
    body: updateRoundRequest,
    response: roundResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/rounds/{id}/overdue',
    summary: 'Per agency: measures not yet submitted, and whether the due date passed',
    access: 'admin, reviewer',
    response: overdueResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/rounds/{id}/submissions',
    summary: "The round's measures and their state (agency editors: their agencies only)",
    access: 'admin, reviewer, agency_editor',
    response: submissionListResponse,
  },
  {
    method: 'get',
    path: submission,
    summary: "One measure's submission with previous figures",
    access: "admin, reviewer, the measure's agency editors",
    response: submissionDetailResponse,
  },
  {
    method: 'put',
    path: submission,
    summary: 'Save the draft (version 0 creates it; stale version → 409)',
    access: "admin, the measure's agency editors",
    body: saveSubmissionRequest,
    response: submissionDetailResponse,
  },
  {
    method: 'post',
    path: `${submission}/submit`,
    summary: 'Submit for review (qualitative results required; explanation when lagging)',
    access: "admin, the measure's agency editors",
    body: submitRequest,
    response: submissionDetailResponse,
  },
  {
    method: 'post',
    path: `${submission}/review`,
    summary: 'Approve (publishes) or return with a comment',
    access: 'admin',
    body: reviewRequest,
    response: submissionDetailResponse,
  },
  {
    method: 'get',
    path: `${submission}/comments`,
    summary: 'Comments on a submission',
    access: "admin, reviewer, the measure's agency editors",
    response: commentListResponse,
  },
  {
    method: 'post',
    path: `${submission}/comments`,
    summary: 'Comment on a submission',
    access: 'admin, reviewer',
    body: commentRequest,
    response: commentResponse,
    status: 201,
  },
  {
    method: 'post',
    path: `${submission}/attachments`,
    summary:
      'Attach a file (raw body, name in X-Filename; PDF/PNG/JPEG/XLSX/DOCX/ODT/ODS ≤ 5 MB, checked by content)',
    access: "admin, the measure's agency editors",
    rawBody: 'application/octet-stream',
    response: attachmentResponse,
    status: 201,
  },
  {
    method: 'get',
    path: `${submission}/attachments/{attachmentId}`,
    summary: 'Download an attachment',
    access: "admin, reviewer, the measure's agency editors",
    rawResponse: 'application/octet-stream',
  },
  {
    method: 'get',
    path: '/cities/{city}/emissions',
    summary:
      'Emissions series: headline figures, inventory totals (gross, sinks, net, by sector and scope, GWP set), actual net per year',
    access: 'anyone (published inventories); admin, reviewer also see drafts',
    response: emissionsSeriesResponse,
  },
  {
    method: 'post',
    path: '/cities/{city}/inventories',
    summary:
      'Upload an inventory CSV (docs/inventory-csv.md); errors name row and column, nothing is written; audited',
    access: 'admin',
    body: inventoryUploadRequest,
    response: inventoryUploadResponse,
    status: 201,
  },
  {
    method: 'get',
    path: '/cities/{city}/inventories/{year}',
    summary: "An inventory's entries with their tCO₂e under its GWP set",
    access: 'anyone (published); admin, reviewer also drafts',
    response: inventoryResponse,
  },
  {
    method: 'patch',
    path: '/cities/{city}/inventories/{year}',
    summary: "Switch an inventory's GWP set (expectedGwpSet stale → 409); audited",
    access: 'admin',
    body: inventoryGwpRequest,
    response: inventoryResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/inventories/{year}/gpc',
    summary: 'GPC-style listing of an inventory (CSV)',
    access: 'anyone (published); admin, reviewer also drafts',
    rawResponse: 'text/csv',
  },
  // Emissions downloads (issue #5, the emissions page)
  {
    method: 'get',
    path: '/cities/{city}/inventories/{year}/csv',
    summary: 'An inventory as the inventory CSV (docs/inventory-csv.md), UTF-8 with BOM',
    access: 'anyone (published); admin, reviewer also drafts',
    rawResponse: 'text/csv',
  },
  {
    method: 'get',
    path: '/cities/{city}/emissions/csv',
    summary:
      'The emissions series year by year: net, gross, pathway, targets, carbon budget caps, sources (CSV, UTF-8 with BOM)',
    access: 'anyone (published inventories, budgets past draft); admin, reviewer also drafts',
    rawResponse: 'text/csv',
  },
  {
    method: 'get',
    path: '/cities/{city}/pathway',
    summary: 'Targets, the pathway year by year and the gap (actual, required, planned, remaining)',
    access: 'anyone (published inventories); admin, reviewer also drafts',
    response: pathwayResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/carbon-budgets',
    summary:
      'Carbon budgets: cap, allocations, actuals, remaining, implied pathway cap, approval state and history',
    access: 'anyone (budgets past draft); admin, reviewer also drafts',
    response: carbonBudgetListResponse,
  },
  {
    method: 'post',
    path: '/cities/{city}/carbon-budgets',
    summary:
      'Add a carbon budget in draft (allocations must add up to the cap; no overlapping period); audited',
    access: 'admin',
    body: createCarbonBudgetRequest,
    response: carbonBudgetResponse,
    status: 201,
  },
  {
    method: 'post',
    path: '/cities/{city}/carbon-budgets/{code}/transitions',
    summary:
      'Move a carbon budget one approval step (draft → committee_reviewed → council_approved; stale version → 409); audited',
    access: 'admin',
    body: budgetTransitionRequest,
    response: carbonBudgetResponse,
    status: 201,
  },
  {
    method: 'get',
    path: '/cities/{city}/money-budgets',
    summary: 'Money budgets: totals by domain (unknown amounts stay null), NT$ per tCO₂e',
    access: 'anyone',
    response: moneyBudgetListResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/rounds/{id}/agencies/{agency}/template',
    summary:
      "The agency's Excel template for the round (its measures, units, earlier figures); {agency} is a code or name",
    access: 'admin, editors of that agency',
    rawResponse: xlsxContentType,
  },
  {
    method: 'post',
    path: '/cities/{city}/rounds/{id}/agencies/{agency}/template',
    summary:
      "Upload the filled template (raw .xlsx body ≤ 2 MB): it becomes the agency's draft submissions, all or nothing; refusals name sheet!cell",
    access: 'admin, editors of that agency',
    rawBody: xlsxContentType,
    response: roundUploadResponse,
  },
  // Report and open-data downloads (report-downloads).
  {
    method: 'post',
    path: '/cities/{city}/plans/{plan}/reports',
    summary:
      'Generate the results report as of a date: frozen as a snapshot (same content → the same snapshot), audited',
    access: 'admin',
    body: createReportRequest,
    response: reportSnapshotResponse,
    status: 201,
  },
  {
    method: 'get',
    path: '/cities/{city}/plans/{plan}/reports',
    summary: "The plan's report snapshots, newest first",
    access: 'admin, reviewer',
    response: reportListResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/plans/{plan}/reports/{id}/{format}',
    summary:
      'Download a snapshot as docx, odt, pdf or xlsx (identical whatever changed since); ODT/PDF one conversion at a time, a full queue → 429',
    access: 'admin, reviewer',
    rawResponse: 'application/octet-stream',
  },
  {
    method: 'get',
    path: '/cities/{city}/open-data',
    summary:
      'Open datasets (measures, results, reductions): licence, update time, field descriptions, download paths',
    access: 'anyone',
    response: openDataResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/open-data/{file}',
    summary:
      'An open-data file: measures|results|reductions .csv (UTF-8 with BOM) or .json ({metadata, data}), or metadata.json',
    access: 'anyone',
    rawResponse: 'text/csv',
  },
  {
    method: 'get',
    path: '/cities/{city}/audit',
    summary: 'The audit trail, newest first',
    access: 'admin, reviewer',
    query: auditQuery,
    response: auditListResponse,
  },
  {
    method: 'get',
    path: '/cities/{city}/audit/verify',
    summary: 'Recompute the hash chain',
    access: 'admin',
    response: auditVerifyResponse,
  },
];
