import { Hono } from 'hono';
import { auditListResponse, auditQuery, auditVerifyResponse } from '../../contracts/api/audit.js';
import { verifyAudit } from '../../db/audit/verify-audit.js';
import type { AppEnv } from '../context.js';
import { authorize } from '../policies.js';
import { readQuery, reply } from '../validate.js';

export const auditRoutes = new Hono<AppEnv>()
  .get('/cities/:city/audit', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'audit.read');
    const query = readQuery(c, auditQuery);
    let rows = c.var.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('city_id', '=', city)
      .orderBy('seq', 'desc')
      .limit(query.limit ?? 100);
    if (query.before !== undefined) rows = rows.where('seq', '<', query.before);
    const entries = await rows.execute();
    return reply(
      c,
      auditListResponse,
      entries.map((e) => ({
        seq: e.seq,
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entityKey: e.entity_key,
        before: e.before,
        after: e.after,
        hash: e.hash,
      })),
    );
  })
  .get('/cities/:city/audit/verify', async (c) => {
    const city = c.req.param('city');
    authorize(c.var.user, city, 'audit.verify');
    const result = await verifyAudit(c.var.deps.db, city);
    return reply(c, auditVerifyResponse, {
      ok: result.ok,
      entries: result.entries,
      firstBroken: result.firstBroken,
    });
  });
