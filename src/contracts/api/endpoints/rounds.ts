import { endpoint, wholeNumberParam } from '../endpoint.js';
import {
  openRoundRequest,
  overdueResponse,
  roundListResponse,
  roundResponse,
  updateRoundRequest,
} from '../rounds.js';

const id = { id: wholeNumberParam };

/** Reporting rounds: the secretariat opens and closes them, staff follow them. */
export const roundEndpoints = {
  listRounds: endpoint({
    method: 'get',
    path: '/cities/{city}/rounds',
    summary: 'Reporting rounds with their progress',
    policy: 'rounds.read',
    response: roundListResponse,
  }),
  openRound: endpoint({
    method: 'post',
    path: '/cities/{city}/rounds',
    summary: 'Open a reporting round',
    policy: 'rounds.manage',
    body: openRoundRequest,
    response: roundResponse,
    status: 201,
  }),
  getRound: endpoint({
    method: 'get',
    path: '/cities/{city}/rounds/{id}',
    summary: 'One round',
    policy: 'rounds.read',
    params: id,
    response: roundResponse,
  }),
  updateRound: endpoint({
    method: 'patch',
    path: '/cities/{city}/rounds/{id}',
    summary: 'Move the due date or close the round',
    policy: 'rounds.manage',
    params: id,
    body: updateRoundRequest,
    response: roundResponse,
  }),
  roundOverdue: endpoint({
    method: 'get',
    path: '/cities/{city}/rounds/{id}/overdue',
    summary: 'Per agency: measures not yet submitted, and whether the due date passed',
    policy: 'rounds.overdue',
    params: id,
    response: overdueResponse,
  }),
};
