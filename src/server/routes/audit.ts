import { auditEndpoints as e } from '../../contracts/api/endpoints/audit.js';
import { listAuditEntries } from '../../db/audit/list-audit.js';
import { verifyAudit } from '../../db/audit/verify-audit.js';
import { route } from '../route.js';

export const auditRoutes = [
  route(e.listAudit, {
    handle: async ({ deps, params: { city }, query }) => {
      return listAuditEntries(deps.db, city, { limit: query.limit ?? 100, before: query.before });
    },
  }),
  route(e.verifyAudit, {
    handle: async ({ deps, params: { city } }) => {
      const result = await verifyAudit(deps.db, city);
      return { ok: result.ok, entries: result.entries, firstBroken: result.firstBroken };
    },
  }),
];
