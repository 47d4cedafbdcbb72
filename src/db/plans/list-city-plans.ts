import type { Kysely } from 'kysely';
import type { PlanListResponse } from '../../contracts/api/cities.js';
import { findCity } from '../city/cities.js';
import { listAgencies } from '../city/agencies.js';
import type { Tables } from '../tables.js';
import { onSameCity, selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';

/** A city's plans with their sectors and the city's agencies; null when the city does not exist. */
export async function listCityPlans(
  db: Kysely<Tables>,
  city: string,
): Promise<PlanListResponse | null> {
  if (!(await findCity(db, city))) return null;
  const [plans, sectors, agencies, counts, latest] = await Promise.all([
    selectCityRows(db, 'plans', city).selectAll().orderBy('position').execute(),
    selectCityRows(db, 'plan_sectors', city).selectAll().orderBy('position').execute(),
    listAgencies(db, city),
    selectCityRows(db, 'measures', city)
      .select((eb) => ['plan_code', eb.fn.countAll<number>().as('n')])
      .groupBy('plan_code')
      .execute(),
    // Only recorded (approved) figures count: a draft submission must not move the public date.
    db
      .selectFrom('results as r')
      .innerJoin('indicators as i', (j) => onSameCity(j, ['i.id', 'r.indicator_id']))
      .innerJoin('measures as m', (j) => onSameCity(j, ['m.id', 'i.measure_id']))
      .select((eb) => ['m.plan_code', eb.fn.max('r.period_end').as('through')])
      .where('r.city_id', '=', city)
      .groupBy('m.plan_code')
      .execute(),
  ]);
  const sectorsOf = childrenBy(sectors, 'plan_code');
  return plans.map((p) => ({
    code: p.code,
    name: p.name,
    nameEn: p.name_en,
    start: p.start_date,
    end: p.end_date,
    dataThrough: latest.find((l) => l.plan_code === p.code)?.through ?? null,
    measures: counts.find((n) => n.plan_code === p.code)?.n ?? 0,
    sectors: sectorsOf(p.code).map((s) => ({ code: s.code, name: s.name, nameEn: s.name_en })),
    agencies,
  }));
}
