import { auditEndpoints as e } from '../../contracts/api/endpoints/audit.js';
import { verifyAudit } from '../../db/audit/verify-audit.js';
import { route } from '../route.js';

export const auditRoutes = [
  route(e.listAudit, {
    handle: async ({ deps, params: { city }, query }) => {
      let rows = deps.db
        .selectFrom('audit_log')
        .selectAll()
        .where('city_id', '=', city)
        .orderBy('seq', 'desc')
        .limit(query.limit ?? 100);
      if (query.before !== undefined) rows = rows.where('seq', '<', query.before);
      const entries = await rows.execute();
      return entries.map((e) => ({
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entityKey: e.entity_key,
        before: e.before,
        after: e.after,
        hash: e.hash,
      }));
    },
  }),
  route(e.verifyAudit, {
    handle: async ({ deps, params: { city } }) => {
      const result = await verifyAudit(deps.db, city);
      return { ok: result.ok, entries: result.entries, firstBroken: result.firstBroken };
    },
  }),
];
