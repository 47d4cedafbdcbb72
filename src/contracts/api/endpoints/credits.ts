import { endpoint, wholeNumberParam } from '../endpoint.js';
import {
  accountListResponse,
  holderInput,
  operationInput,
  operationResponse,
  periodInput,
  projectInput,
  projectListResponse,
  projectPageResponse,
  verificationInput,
} from '../credits.js';

const credits = '/cities/{city}/credits';
const project = `${credits}/projects/{project}`;
const registry =
  'anyone sees registered projects with their issues and retirements; the secretariat and reviewers also projects applied for, transfers and uses';

/**
 * The credits ledger (減量額度): the secretariat records offset projects, their monitoring
 * periods and verified reductions, and issues and moves credits; anyone reads a registered
 * project's registry page.
 */
export const creditEndpoints = {
  listCreditProjects: endpoint({
    method: 'get',
    path: `${credits}/projects`,
    summary: 'Offset projects (抵換專案) with credits issued, retired, used and outstanding',
    policy: null,
    access: registry,
    response: projectListResponse,
  }),
  getCreditProject: endpoint({
    method: 'get',
    path: project,
    summary: "A project's registry page: registration, monitoring periods and ledger history",
    policy: null,
    access: registry,
    response: projectPageResponse,
  }),
  recordCreditProject: endpoint({
    method: 'post',
    path: `${credits}/projects`,
    summary: 'Record an offset project: proponent, methodology, registration, measure',
    policy: 'credits.manage',
    body: projectInput,
    response: projectPageResponse,
    status: 201,
  }),
  recordCreditPeriod: endpoint({
    method: 'post',
    path: `${project}/periods`,
    summary: 'Record a monitoring period (監測期) with its reported and verified reduction',
    policy: 'credits.manage',
    body: periodInput,
    response: projectPageResponse,
    status: 201,
  }),
  verifyCreditPeriod: endpoint({
    method: 'put',
    path: `${project}/periods/{no}/verification`,
    summary: "A period's verified reduction (查證), the most credits it may issue",
    policy: 'credits.manage',
    params: { no: wholeNumberParam },
    body: verificationInput,
    response: projectPageResponse,
  }),
  listCreditAccounts: endpoint({
    method: 'get',
    path: `${credits}/accounts`,
    summary: 'Holders and the system accounts, with balances computed from the ledger',
    policy: 'credits.read',
    response: accountListResponse,
  }),
  addCreditHolder: endpoint({
    method: 'post',
    path: `${credits}/accounts`,
    summary: 'Add a holder who may receive credits',
    policy: 'credits.manage',
    body: holderInput,
    response: accountListResponse,
    status: 201,
  }),
  recordCreditOperation: endpoint({
    method: 'post',
    path: `${credits}/operations`,
    summary: 'Issue, transfer, use or retire credits (one transaction; an idempotency key once)',
    policy: 'credits.manage',
    body: operationInput,
    response: operationResponse,
    status: 201,
  }),
};
