import { okSchema } from '../common.js';
import { linkSectorRequest, unlinkMeasureQuery, unlinkSectorQuery } from '../committee-links.js';
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
};
