import { publicEndpoints as e } from '../../contracts/api/endpoints/public.js';
import { summaryResponse } from '../../contracts/api/cities.js';
import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { todayInTaiwan } from '../../core/dates.js';
import { notFound } from '../../core/errors.js';
import { listCities } from '../../db/city/cities.js';
import { getMeasureDetail } from '../../db/measures/get-measure-detail.js';
import { listCityPlans } from '../../db/plans/list-city-plans.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { route } from '../route.js';

/**
 * What anyone may read: published data only. The `results` table holds only approved figures
 * (drafts live in submissions until approved), so these views need no filtering by role.
 */
export const publicRoutes = [
  route(e.health, {
    handle: ({ deps }) => ({
      status: 'ok' as const,
      engine: deps.engine,
      time: deps.now().toISOString(),
    }),
  }),
  route(e.listCities, {
    handle: async ({ deps }) => {
      const cities = await listCities(deps.db);
      return cities.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn }));
    },
  }),
  route(e.listPlans, {
    handle: async ({ deps, params: { city } }) => {
      const plans = await listCityPlans(deps.db, city);
      if (plans === null) throw notFound(`city "${city}"`);
      return plans;
    },
  }),
  route(e.planSummary, {
    handle: async ({ c, deps, params: { city, plan }, query }) => {
      const asOf = query.asOf ?? todayInTaiwan(deps.now());
      const body = await deps.cache.get(city, `summary/${plan}/${asOf}`, async () =>
        JSON.stringify(
          summaryResponse.parse(
            presentPlanSummary(await getPlanSummary(deps.db, city, plan, asOf)),
          ),
        ),
      );
      // Served as the cached text: validated once when computed, not re-serialized per request.
      return c.body(body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
    },
  }),
  route(e.measureDetail, {
    handle: ({ deps, params: { city, plan, sector, no }, query }) => {
      const asOf = query.asOf ?? todayInTaiwan(deps.now());
      return deps.cache.get(city, `measure/${plan}/${sector}/${no}/${asOf}`, () =>
        getMeasureDetail(deps.db, city, plan, sector, no, asOf),
      );
    },
  }),
];
