import { auditListResponse, auditQuery, auditVerifyResponse } from '../audit.js';
import { endpoint } from '../endpoint.js';

/** The hash-chained audit trail. */
export const auditEndpoints = {
  listAudit: endpoint({
    method: 'get',
    path: '/cities/{city}/audit',
    summary: 'The audit trail, newest first',
    policy: 'audit.read',
    query: auditQuery,
    response: auditListResponse,
  }),
  verifyAudit: endpoint({
    method: 'get',
    path: '/cities/{city}/audit/verify',
    summary: 'Recompute the hash chain',
    policy: 'audit.verify',
    response: auditVerifyResponse,
  }),
};
