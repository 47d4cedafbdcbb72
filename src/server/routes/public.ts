import { Hono } from 'hono';
import {
  cityListResponse,
  planListResponse,
  summaryQuery,
  summaryResponse,
} from '../../contracts/api/cities.js';
import { healthResponse } from '../../contracts/api/health.js';
import { measureDetailQuery, measureDetailResponse } from '../../contracts/api/measures.js';
import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { getMeasureDetail } from '../../db/measures/get-measure-detail.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import type { AppEnv } from '../context.js';
import { notFound } from '../errors.js';
import { todayInTaiwan } from '../../core/dates.js';
import { intParam, readQuery, reply } from '../validate.js';
import { listCityPlans } from '../queries/list-city-plans.js';

/**
 * What anyone may read: published data only. The `results` table holds only approved figures
 * (drafts live in submissions until approved), so these views need no filtering by role.
 */
export const publicRoutes = new Hono<AppEnv>()
  .get('/health', (c) =>
    reply(c, healthResponse, {
      status: 'ok',
      engine: c.var.deps.engine,
      time: c.var.deps.now().toISOString(),
    }),
  )
  .get('/cities', async (c) => {
    const rows = await c.var.deps.db
      .selectFrom('cities')
      .select(['id', 'name', 'name_en'])
      .orderBy('id')
      .execute();
    return reply(
      c,
      cityListResponse,
      rows.map((r) => ({ code: r.id, name: r.name, nameEn: r.name_en })),
    );
  })
  .get('/cities/:city/plans', async (c) => {
    const plans = await listCityPlans(c.var.deps.db, c.req.param('city'));
    if (plans === null) throw notFound(`city "${c.req.param('city')}"`);
    return reply(c, planListResponse, plans);
  })
  .get('/cities/:city/plans/:plan/summary', async (c) => {
    const { city, plan } = c.req.param();
    const asOf = readQuery(c, summaryQuery).asOf ?? todayInTaiwan(c.var.deps.now());
    const { deps } = c.var;
    const body = await deps.cache.get(city, `summary/${plan}/${asOf}`, async () =>
      JSON.stringify(
        summaryResponse.parse(presentPlanSummary(await getPlanSummary(deps.db, city, plan, asOf))),
      ),
    );
    // Served as the cached text: validated once when computed, not re-serialized per request.
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  })
  .get('/cities/:city/plans/:plan/measures/:sector/:no', async (c) => {
    const { city, plan, sector } = c.req.param();
    const no = intParam(c, 'no');
    const asOf = readQuery(c, measureDetailQuery).asOf ?? todayInTaiwan(c.var.deps.now());
    const { deps } = c.var;
    const detail = await deps.cache.get(city, `measure/${plan}/${sector}/${no}/${asOf}`, () =>
      getMeasureDetail(deps.db, city, plan, sector, no, asOf),
    );
    return reply(c, measureDetailResponse, detail);
  });
