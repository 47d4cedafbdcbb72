import { okSchema } from '../common.js';
import { linkedPointsResponse } from '../committee.js';
import {
  linkIndicatorRequest,
  linkSectorRequest,
  sectorParam,
  unlinkIndicatorQuery,
  unlinkMeasureQuery,
  unlinkSectorQuery,
} from '../committee-links.js';
import { endpoint } from '../endpoint.js';

const links = '/cities/{city}/committee/meetings/{meeting}';

/** The secretariat links a member's point to what it is about, and removes a wrong link. */
export const committeeLinkEndpoints = {
  unlinkMeasure: endpoint({
    method: 'delete',
    path: `${links}/measure-links`,
    summary: "Remove a point's link to a measure (it leaves the measure's page); audited",
    policy: 'committee.manage',
    query: unlinkMeasureQuery,
    response: okSchema,
  }),
  linkSector: endpoint({
    method: 'post',
    path: `${links}/sector-links`,
    summary: 'Link a member’s point to a sector it concerns as a whole (運輸部門); audited',
    policy: 'committee.manage',
    body: linkSectorRequest,
    response: okSchema,
    status: 201,
  }),
  unlinkSector: endpoint({
    method: 'delete',
    path: `${links}/sector-links`,
    summary: "Remove a point's link to a sector; audited",
    policy: 'committee.manage',
    query: unlinkSectorQuery,
    response: okSchema,
  }),
  linkIndicator: endpoint({
    method: 'post',
    path: `${links}/indicator-links`,
    summary:
      "Link a member's point to a sustainability indicator, so it shows on the indicator's page; audited",
    policy: 'committee.manage',
    body: linkIndicatorRequest,
    response: okSchema,
    status: 201,
  }),
  unlinkIndicator: endpoint({
    method: 'delete',
    path: `${links}/indicator-links`,
    summary: "Remove a point's link to an indicator; audited",
    policy: 'committee.manage',
    query: unlinkIndicatorQuery,
    response: okSchema,
  }),
  indicatorCommitteePoints: endpoint({
    method: 'get',
    path: '/cities/{city}/sdg-indicators/{indicator}/committee-points',
    summary: "Committee members' points on this indicator, from published minutes",
    policy: null,
    response: linkedPointsResponse,
  }),
  sectorCommitteePoints: endpoint({
    method: 'get',
    path: '/cities/{city}/sectors/{sector}/committee-points',
    summary: "Committee members' points on this sector as a whole, from published minutes",
    policy: null,
    params: { sector: sectorParam },
    response: linkedPointsResponse,
  }),
};
